// Every message between Parallax's contexts, declared once and typed, named by direction.
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
  event?: { story: string; title: string; facts: number; articles: number } | null;
  /** The sidebar's state in that page: shown, collapsed to its tab, closed, or not there (null). */
  sidebar?: SidebarState | null;
}

/** Where the sidebar is: expanded beside the article, collapsed to a slim tab, or closed for this page. */
export type SidebarState = 'open' | 'collapsed' | 'closed';

/** Content script → background. */
export type ContentToBackground =
  | { type: 'recognise'; page: PageSnapshot }
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
export type PopupToBackground = { type: 'tab-state'; tabId: number } | { type: 'check-tab'; tabId: number };

/** Replies to PopupToBackground, by type. */
export interface PopupToBackgroundReplies {
  'tab-state': TabState;
  'check-tab': TabState;
}

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
  | { type: 'check' };

/** Replies to ToContent, by type. */
export interface ToContentReplies {
  sidebar: { sidebar: SidebarState | null };
  ping: TabState;
  check: TabState;
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
