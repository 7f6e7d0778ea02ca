// Every message between Parallax's contexts, declared once and typed, named by direction.
import type { ComparisonShown } from './app-contract';
import type { PageAnswer } from './engine/answer';
import type { Match } from './recognise/types';
import type { PageSnapshot } from './extract/page-snapshot';
import type { Settings } from './settings/settings';
import type { SettingsWrite } from './settings/settings-writes';

/** What the background knows about one tab's page. */
export interface TabState {
  /** Whether Parallax has looked at this page (automatically or after a click). */
  checked: boolean;
  match: Match | null;
  /** Headline and publisher of the matched article, for the popup. */
  headline: string | null;
  publisher: string | null;
  /** Whether the page could not be checked (a browser page, a store page, no permission). */
  unavailable: boolean;
  /** The story a page that is no indexed article reports (an automatic event match), or null. */
  event?: {
    story: string;
    title: string;
    facts: number;
    articles: number;
    /** The story is the reader's own comparison (its articles are the reports they added), not a reviewed one. */
    automatic?: true;
  } | null;
  /** The sidebar's state in that page: shown, collapsed to its tab, closed, or not there (null). */
  sidebar?: SidebarState | null;
  /**
   * The reader's own comparison the page is shown with (automatic, never reviewed): one they kept (its report is
   * `match.article`) or the one they are making; absent or null otherwise.
   */
  comparison?: { title: string; reports: number; kept: boolean } | null;
}

/** Where the sidebar is: expanded beside the article, collapsed to a slim tab, or closed for this page. */
export type SidebarState = 'open' | 'collapsed' | 'closed';

/** Content script → background. */
export type ContentToBackground =
  // `app`: this frame has no sidebar app yet; on a story's answer the background starts loading it at once.
  | { type: 'recognise'; page: PageSnapshot; app?: boolean }
  | { type: 'load-app' }
  // From the small script declared on the checked hosts (entrypoints/page-loaded.ts): the page has loaded.
  | { type: 'page-loaded' };

/** Replies to ContentToBackground, by type. */
export interface ContentToBackgroundReplies {
  /**
   * The engine's answer (an indexed article, a report of an indexed story, or none) and what the content script
   * tells the popup about the page afterwards (lib/tab-state.ts).
   */
  recognise: { answer: PageAnswer; tab?: TabState };
  'load-app': { ok: boolean };
  'page-loaded': { injected: boolean };
}

/** Popup → background. */
export type PopupToBackground =
  | { type: 'tab-state'; tabId: number }
  | { type: 'check-tab'; tabId: number }
  | ComparisonRequest;

/** Replies to PopupToBackground, by type. */
export interface PopupToBackgroundReplies {
  'tab-state': TabState;
  'check-tab': TabState;
  'compare-state': ComparisonReply;
  'compare-add': ComparisonReply;
  'compare-remove': ComparisonReply;
  'compare-clear': ComparisonReply;
  'compare-show': ComparisonReply;
  'compare-keep': ComparisonReply;
  'compare-export': ComparisonReply & { file?: { name: string; base64: string } };
}

/**
 * The reader's comparison, from the popup (or the page's context menu, in the background itself): what it holds,
 * add this tab's page (read only now, on the reader's click), remove a report, clear it, show it beside this page,
 * keep it as the reader's own story, export it as a story pack. `tabId` is the page the popup was opened on.
 */
export type ComparisonRequest =
  | { type: 'compare-state'; tabId: number | null }
  | { type: 'compare-add'; tabId: number }
  | { type: 'compare-remove'; tabId: number | null; report: string }
  | { type: 'compare-clear'; tabId: number | null }
  | { type: 'compare-show'; tabId: number }
  | { type: 'compare-keep'; tabId: number | null }
  | { type: 'compare-export'; tabId: number | null };

/** What the popup shows of the comparison. */
export interface ComparisonState {
  /** The reports, oldest first: their outlets, headlines and addresses. */
  reports: { id: string; outlet: string; headline: string | null; url: string }[];
  /** The report the tab's page is, or null. */
  here: string | null;
  /** Whether the tab's page can be added (a web page whose address Parallax may see). */
  addable: boolean;
  /** The match patterns of the reports' sites: the access keeping the comparison asks for. */
  sites: string[];
  /** The most reports a comparison holds. */
  max: number;
}

/** The comparison after a request, with what happened in words for the reader (or the problem). */
export type ComparisonReply = { ok: boolean; message: string; state: ComparisonState };

/** Popup, options page or content script → background: a settings press for the one writer. */
export type SettingsToBackground = { type: 'settings-write'; write: SettingsWrite };

/** The message carrying a settings press to the background's writer. */
export function settingsWriteMessage(write: SettingsWrite): SettingsToBackground {
  return { type: 'settings-write', write };
}

/** Replies to SettingsToBackground: the settings as stored after the press. */
export interface SettingsToBackgroundReplies {
  'settings-write': { settings: Settings };
}

/** Options page → background. */
export type OptionsToBackground =
  /** A story pack was added or removed: read the installed packs again and update site registrations. */
  { type: 'packs-changed' };

/** Replies to OptionsToBackground, by type. */
export interface OptionsToBackgroundReplies {
  'packs-changed': { ok: true };
}

/** Popup or background → content script of one tab. */
export type ToContent =
  | { type: 'sidebar'; action: 'open' | 'close' | 'toggle' }
  | { type: 'ping' }
  /** The reader asked for this page to be checked (toolbar click): skip the cheap gate. */
  | { type: 'check' }
  /** The reader added this page to their comparison: its snapshot, read now and only now. */
  | { type: 'read-page' }
  /** Show the reader's comparison beside this page (one of its reports). */
  | { type: 'show-comparison'; comparison: ComparisonShown };

/** Replies to ToContent, by type. */
export interface ToContentReplies {
  sidebar: { sidebar: SidebarState | null };
  ping: TabState;
  check: TabState;
  'read-page': { page: PageSnapshot | null };
  'show-comparison': { sidebar: SidebarState | null };
}

/** Any message Parallax sends. */
export type AnyMessage =
  | ContentToBackground
  | PopupToBackground
  | SettingsToBackground
  | OptionsToBackground
  | ToContent;

/** Narrows an unknown incoming message to one of ours; anything else (another extension, a page) is ignored. */
export function isParallaxMessage(value: unknown): value is AnyMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
