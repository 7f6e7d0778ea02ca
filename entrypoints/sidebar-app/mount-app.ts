// Mounts Parallax on a recognised page: the sidebar in its shadow root, the highlighter on the article's text,
// both following the reader's settings; everything is torn down with the content script's context.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { comparisonReport, type MountedApp, type ParallaxApp, type Recognised } from '@/lib/app-contract';
import { comparisonFigures } from '@/lib/compare/comparison-figures';
import { findArticleRoot } from '@/lib/extract/extract-page';
import { replyOf } from '@/lib/message-replies';
import { settingsWriteMessage, type SidebarState } from '@/lib/messages';
import { initialCollapsed, DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { createSettingsClient } from '@/lib/settings/settings-client';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { mountSidebar } from '@/lib/ui/mount-sidebar';
import { SHEET_QUERY } from '@/lib/ui/sheet-geometry';
import { createBottomSheet } from './bottom-sheet';
import { createSidebarHost } from './sidebar-host';
import { createPageHighlights } from './page-highlights';

/**
 * The app's mount: shows the sidebar and highlights for a recognised page until `ctx` is invalidated or destroy()
 * is called. The settings are read first, so a reader who left the sidebar collapsed (or highlighting off) never
 * sees it drawn otherwise; the first read begins as soon as the app is loaded, while the content script is still
 * being told it is there, and a later mount (after a navigation) reads them afresh.
 */
export function appMount(): ParallaxApp['mount'] {
  // Presses go to the background's one writer; the change events of storage bring every context the result.
  const store = createSettingsClient(browser.storage.local, (w) =>
    replyOf(browser.runtime.sendMessage(settingsWriteMessage(w))),
  );
  const read = () => store.load().catch(() => ({ ...DEFAULT_SETTINGS }));
  let first: Promise<Settings> | null = read();
  return async (ctx, recognised) => {
    const settings = await (first ?? read());
    first = null;
    return showApp(ctx, recognised, store, settings);
  };
}

function showApp(
  ctx: ContentScriptContext,
  recognised: Recognised,
  store: SettingsStore,
  loaded: Settings,
): MountedApp {
  const { story, pageUrl } = recognised;
  // On a report of the story the page is none of the reviewed articles: its own figures stand in for theirs.
  const event = recognised.kind === 'event' ? { match: recognised.match, figures: recognised.figures } : undefined;
  // The reader's own comparison: the page is one of its reports, and everything about it is automatic.
  const comparison = comparisonReport(recognised);
  const articleId = recognised.kind === 'article' ? recognised.match.article : (comparison?.article ?? null);
  let settings = loaded;
  // A phone-sized window starts with the sheet's slim bar, whatever the wide-screen setting says.
  const narrowAtStart = window.matchMedia(SHEET_QUERY).matches;
  let state: SidebarState = narrowAtStart || initialCollapsed(loaded) ? 'collapsed' : 'open';
  let destroyed = false;
  // The panel's state beside the page while a narrow window shows the sheet instead.
  let stateBeside: SidebarState = initialCollapsed(loaded) ? 'collapsed' : 'open';

  const host = createSidebarHost(
    document,
    settings.sidebarSide,
    state,
    event ? 'event' : comparison ? 'comparison' : 'article',
    narrowAtStart ? 'sheet' : 'side',
  );
  const findRoot = () => findArticleRoot(document) ?? document.body;
  const sheet = createBottomSheet({
    win: window,
    shadow: host.shadow,
    findRoot,
    state: () => state,
    setState: (next) => setState(next),
    onLayoutChange: (layout) => {
      host.setLayout(layout);
      if (layout === 'sheet') {
        // Narrowed to a phone's width: the open panel becomes the slim bar, not a sheet over half the page.
        stateBeside = state;
        if (state === 'open') setState('collapsed');
        else render();
      } else {
        // Wide again: the slim bar becomes the panel as the reader left it beside the page; an open or closed
        // sheet stays open or closed.
        if (state === 'collapsed') setState(stateBeside);
        else render();
      }
    },
  });
  // Computed once: a new set on every render would make the sidebar work out its fact order again each time.
  const reportedFacts = event ? new Set(event.figures.map((f) => f.fact)) : undefined;
  const sidebar = mountSidebar(host.shadow, props());
  // The marks in tasks of their own, after the frame that shows the sidebar: finding the article and anchoring its
  // quotes is the other half of the work, and one task doing both would hold a large page's main thread too long.
  // Setting the highlighter up and painting its marks are two tasks too, for the same reason.
  let highlights: ReturnType<typeof createPageHighlights> | null = null;
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    highlightTimer = setTimeout(showMarks, 0);
  });
  function showMarks(): void {
    if (destroyed) return;
    highlights = createPageHighlights({
      win: window,
      findRoot,
      facts: story.facts,
      articles: story.articles,
      articleId,
      pageFigures: event?.figures ?? (comparison ? comparisonFigures(story, comparison.article) : undefined),
      automaticStory: story.automatic !== undefined,
      cardHost: host.shadow,
      onOpenFact: (factId) => {
        // The figure the reader tapped is the line being read: the sheet opens below it.
        setState('open', () => highlights?.rectOf(factId) ?? null);
        sidebar.focusFact(factId);
      },
    });
    highlightTimer = setTimeout(() => {
      if (!destroyed) highlights?.setEnabled(settings.highlights);
    }, 0);
  }

  function props() {
    return {
      story,
      articleId,
      event,
      comparison: comparison ?? undefined,
      reportedFacts,
      pageUrl,
      revision: recognised.kind === 'article' ? recognised.match.revision : undefined,
      settings,
      layout: sheet.layout(),
      collapsed: state === 'collapsed',
      onCollapsedChange: (collapsed: boolean) => {
        setState(collapsed ? 'collapsed' : 'open');
        // The sheet always starts as its bar: only the wide-screen panel remembers how the reader left it.
        if (sheet.layout() === 'side') void store.save({ collapsed });
      },
      onSettingsChange: (patch: Partial<Settings>) => void store.save(patch),
      highlightsOn: settings.highlights,
      onToggleHighlights: (on: boolean) => void store.save({ highlights: on }),
      onShowFact: (factId: string) => highlights?.scrollTo(factId) ?? false,
    };
  }

  function render(): void {
    if (destroyed) return;
    host.setSide(settings.sidebarSide);
    host.setState(state);
    sidebar.update(props());
    highlights?.setEnabled(settings.highlights);
  }

  function setState(next: SidebarState, anchor?: () => DOMRect | null): SidebarState {
    const prev = state;
    sheet.transition(
      prev,
      next,
      () => {
        state = next;
        render();
      },
      anchor,
    );
    return state;
  }

  // mountSidebar drew the first state and the host was created in it: the next render is for a change.
  const unwatch = store.watch((next) => {
    settings = next;
    render();
  });

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    unwatch();
    cancelAnimationFrame(frame);
    clearTimeout(highlightTimer);
    sheet.destroy();
    highlights?.destroy();
    sidebar.destroy();
    host.remove();
  }
  ctx.onInvalidated(destroy);

  return {
    state: () => state,
    setSidebar(action) {
      if (action === 'toggle') return setState(state === 'open' ? 'collapsed' : 'open');
      return setState(action === 'open' ? 'open' : 'closed');
    },
    destroy,
  };
}
