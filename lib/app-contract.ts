// The handshake between the small content script (injected on every checked page) and the sidebar app it loads
// after a match.
// Both run in the extension's isolated world of one frame, so the app registers itself on that world's global.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageFigure } from './event/page-figures';
import type { EventMatch } from './event/recognise-event';
import type { RuntimeStory } from './story/runtime-types';
import type { SidebarState } from './messages';
import type { Match } from './recognise/types';

/** Name of the isolated-world global the app registers under (invisible to page scripts). */
export const APP_GLOBAL = '__parallaxApp';

/** What a recognised page shows: the story and which of its articles this page is. */
export interface ArticleRecognised {
  story: RuntimeStory;
  match: Match;
  /** The page's own address as the content script saw it (names the site a wire report is republished on). */
  pageUrl?: string;
}

/** A page that is none of the story's articles but reports the story: its figures, aligned by the engine. */
export interface EventRecognised {
  story: RuntimeStory;
  event: EventMatch;
  /** The page's figures the engine is sure of; automatic, never reviewed. */
  figures: PageFigure[];
  pageUrl?: string;
}

/** What the sidebar app is mounted for: an indexed article, or a report of an indexed story. */
export type Recognised = ArticleRecognised | EventRecognised;

/** Whether the app was mounted for a report of the story rather than one of its reviewed articles. */
export function isEvent(recognised: Recognised): recognised is EventRecognised {
  return 'event' in recognised;
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
