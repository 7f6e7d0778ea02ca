// The handshake between the small content script (injected on every checked page) and the sidebar app it loads
// after a match.
// Both run in the extension's isolated world of one frame, so the app registers itself on that world's global.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleAnswer, EventAnswer } from './engine/answer';
import type { SidebarState } from './messages';
import type { RuntimeStory } from './story/runtime-types';

/** Name of the isolated-world global the app registers under (invisible to page scripts). */
export const APP_GLOBAL = '__parallaxApp';

/**
 * What the sidebar app is mounted for: the engine's answer about the page (an indexed article, or a report of an
 * indexed story), as the background sent it, and the page's own address as the content script saw it (it names the
 * site a wire report is republished on).
 */
export type Recognised = (ArticleAnswer | EventAnswer | ComparisonShown) & { pageUrl?: string };

/**
 * The reader's comparison shown beside one of its reports, on the reader's click: the story the engine drafted from
 * the reports (automatic), and which report the page is. A kept comparison comes back as an article answer of its
 * automatic story instead; both are shown the same way.
 */
export interface ComparisonShown {
  kind: 'comparison';
  story: RuntimeStory;
  /** The report this page is (an article of the story). */
  article: string;
}

/** The app as loaded into a frame. */
export interface ParallaxApp {
  /** Shows the sidebar (and highlights) for a recognised page, once the reader's settings are read; torn down
   * when `ctx` is invalidated. */
  mount(ctx: ContentScriptContext, recognised: Recognised): Promise<MountedApp>;
}

/** One mounted sidebar. */
export interface MountedApp {
  /** The sidebar's current state. */
  state(): SidebarState;
  /** Opens, closes or toggles the sidebar (from the popup). */
  setSidebar(action: 'open' | 'close' | 'toggle'): SidebarState;
  /** Removes the sidebar, the highlights and every listener. */
  destroy(): void;
}

/** Reads the app from the isolated world's global, if it has been loaded into this frame. */
export function loadedApp(): ParallaxApp | undefined {
  return (globalThis as Record<string, unknown>)[APP_GLOBAL] as ParallaxApp | undefined;
}

/**
 * When the page is shown with the reader's own comparison (on their click, or kept and recognised again): the report
 * it is and whether the comparison is kept; null for a reviewed article or another outlet's report.
 */
export function comparisonReport(recognised: Recognised): { article: string; kept: boolean } | null {
  if (recognised.kind === 'comparison') return { article: recognised.article, kept: false };
  if (recognised.kind === 'article' && recognised.story.automatic)
    return { article: recognised.match.article, kept: true };
  return null;
}
