// Decides, for the page this content script runs in, whether it is an indexed article, and keeps that answer
// current across single-page navigation; answers the popup and the background about this page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ComparisonShown, loadedApp, type MountedApp, type Recognised } from '@/lib/app-contract';
import { beginExtract } from '@/lib/extract/extract-page';
import { pageLook } from '@/lib/extract/page-look';
import { mayBeArticle } from '@/lib/extract/quick-gate';
import type { SidebarState, TabState, ToContent, ToContentReplies } from '@/lib/messages';
import { isParallaxMessage } from '@/lib/messages';
import { type PageSnapshot, snapshotAt } from '@/lib/extract/page-snapshot';
import { recognise as askBackground, loadApp } from './background-client';

// Pages that render their article after load get two more looks, then Parallax stops looking; a look at a page unchanged
// since it was last read reads nothing (lib/extract/page-look.ts).
const LATE_CONTENT_RECHECKS_MS = [1500, 4000];
// WXT reports a single-page navigation from the Navigation API's `navigate` event, which fires inside
// pushState, before the new address is committed and before the page renders the new view.
const AFTER_NAVIGATION_MS = 300;
// The first look waits for the page's load event (the script is normally injected after it, but a reader's click may
// inject it sooner, and work done before it delays the page's own load), but no longer than this on a page whose
// images or ads load slowly.
const FIRST_LOOK_LATEST_MS = 3000;

/** Watches one page: check, mount or unmount the app, answer messages. */
export function createPageWatcher(ctx: ContentScriptContext) {
  let state: TabState = emptyState(false);
  let mounted: MountedApp | null = null;
  let shown = '';
  let run = 0;
  // The page (without its fragment) the reader's comparison was shown on, by their click: it stays until they leave.
  let pinned: string | null = null;
  // The page as it was when last read and answered (lib/extract/page-look.ts): a late look at it unchanged reads nothing.
  let lastLook: string | null = null;

  function unmount(): void {
    mounted?.destroy();
    mounted = null;
  }

  async function check(force: boolean): Promise<TabState> {
    const thisRun = ++run;
    const snapshot = await readPageInSteps(force);
    // Only a page read for its text is compared at a late look: one the cheap gate turned away (a section front) is
    // looked at again only once the gate lets it through, and then read.
    const look = snapshot.text === '' ? null : pageLook(document, location.href);
    if (thisRun !== run || ctx.isInvalid) return state;
    // Without the app in this frame yet, the background starts loading it with a story's answer.
    const withApp = !loadedApp();
    let reply = await askBackground(snapshot, withApp);
    // A known address with a page too thin for the gate (a sign-in wall): read the text to tell the revision.
    if (reply.answer.kind === 'article' && snapshot.text === '') reply = await askBackground(readPage(true), withApp);
    if (thisRun !== run || ctx.isInvalid) return state;
    // A background that could not answer is asked again at the next look, changed or not.
    lastLook = reply.unanswered ? null : look;
    const pageUrl = location.href;
    // What is shown, as a key: the same article (or the same page's report of the same story) again, after a fragment
    // change or a re-check, keeps the sidebar as the reader left it.
    const tab = reply.tab ?? emptyState(true);
    const { answer } = reply;
    if (answer.kind === 'article' && document.body) {
      await show({ ...answer, pageUrl }, `${answer.match.story}/${answer.match.article}`, tab, thisRun, withApp);
    } else if (answer.kind === 'event' && document.body) {
      await show({ ...answer, pageUrl }, `${answer.story.id}@${pageUrl.split('#')[0]}`, tab, thisRun, withApp);
    } else if (!(mounted && pinned === pageUrl.split('#')[0])) {
      unmount();
      pinned = null;
      state = emptyState(true);
    }
    return state;
  }

  // The reader's comparison beside this page, shown on their click (its report is this page).
  async function showComparison(comparison: ComparisonShown): Promise<void> {
    const thisRun = ++run;
    const pageUrl = location.href;
    pinned = pageUrl.split('#')[0]!;
    const { story } = comparison;
    const tab: TabState = {
      ...emptyState(true),
      comparison: { title: story.title, reports: story.articles.length, kept: false },
    };
    // The same comparison made again (a report added since) is a new drawing, not the one shown.
    await show({ ...comparison, pageUrl }, `${story.id}/${comparison.article}@${story.automatic?.made}`, tab, thisRun);
  }

  /**
   * Reads the page in two steps: its addresses, metadata and article container now, its text when the returned
   * function is called (lib/extract/extract-page.ts). A page broken in a way extraction did not foresee, or one
   * that fails the cheap gate, is offered by its address alone, so a known address is still recognised at no cost.
   */
  function startReading(force: boolean): () => PageSnapshot {
    const addressOnly = () => snapshotAt(location.href);
    // Not an HTML page with a body (an XML feed, an image, a frameset): nothing to read, nothing to annotate.
    if (!document.body || !(document.documentElement instanceof HTMLElement)) return addressOnly;
    try {
      if (!force && !mayBeArticle(document)) return addressOnly;
      const finish = beginExtract(document, location.href);
      return () => {
        try {
          return finish();
        } catch (error) {
          unreadable(error);
          return addressOnly();
        }
      };
    } catch (error) {
      unreadable(error);
      return addressOnly;
    }
  }

  // A page broken in a way extraction did not foresee stays unannotated rather than logging into its console.
  function unreadable(error: unknown): void {
    console.debug('Parallax: could not read this page', error);
  }

  function readPage(force: boolean): PageSnapshot {
    return startReading(force)();
  }

  /** readPage, with the page's own tasks let in between its two steps: on a large page, two shorter tasks. */
  async function readPageInSteps(force: boolean): Promise<PageSnapshot> {
    const finish = startReading(force);
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    return finish();
  }

  /** `loading`: the background began loading the app with its answer; the page styles may not be in yet. */
  async function show(
    recognised: Recognised,
    key: string,
    tab: TabState,
    thisRun: number,
    loading = false,
  ): Promise<void> {
    if (mounted && key === shown) return;
    shown = key;
    state = tab;
    unmount();
    if (loading || !loadedApp()) {
      if (!(await loadApp())) return;
      // A load begun for this frame's previous page may have reached that page instead: load it here.
      if (!loadedApp() && !(await loadApp())) return;
    }
    const app = ctx.isInvalid || thisRun !== run ? undefined : loadedApp();
    const next = (await app?.mount(ctx, recognised)) ?? null;
    // A newer check (a navigation meanwhile) or the end of this script wins over this mount.
    if (ctx.isInvalid || thisRun !== run) next?.destroy();
    else mounted = next;
  }

  function sidebarState(): SidebarState | null {
    return mounted?.state() ?? null;
  }

  function answer(message: unknown): Promise<unknown> | undefined {
    if (!isParallaxMessage(message)) return undefined;
    const msg = message as ToContent;
    switch (msg.type) {
      case 'ping':
        return Promise.resolve<ToContentReplies['ping']>({ ...state, sidebar: sidebarState() });
      case 'check':
        return check(true).then<ToContentReplies['check']>((s) => ({ ...s, sidebar: sidebarState() }));
      case 'sidebar':
        return Promise.resolve<ToContentReplies['sidebar']>({ sidebar: mounted?.setSidebar(msg.action) ?? null });
      case 'read-page':
        // Only ever asked after the reader added this page to their comparison.
        return Promise.resolve<ToContentReplies['read-page']>({ page: readPage(true) });
      case 'show-comparison':
        return showComparison(msg.comparison).then<ToContentReplies['show-comparison']>(() => ({
          sidebar: sidebarState(),
        }));
      default:
        return undefined;
    }
  }

  // The reply goes through `sendResponse`: this script runs on the browser's own extension API, without the
  // polyfill (see wxt.config.ts), and Chromium ignores a promise a listener returns.
  function onMessage(message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined {
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  }

  // After a navigation the view shown may still be the old one (an app keeps it until the new data arrives), so
  // a match then may be stale: look again whatever the first look found.
  function scheduleLateRechecks(afterNavigation = false): void {
    for (const delay of LATE_CONTENT_RECHECKS_MS) {
      ctx.setTimeout(() => {
        if (!afterNavigation && (state.match || state.event || !mayBeArticle(document))) return;
        // Unchanged since it was last read, the page would be read to the same snapshot and given the same answer.
        if (lastLook !== null && lastLook === pageLook(document, location.href)) return;
        void check(false);
      }, delay);
    }
  }

  return {
    /** Starts watching: first check now, again on single-page navigation, until the script is invalidated. */
    start(): void {
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => {
        browser.runtime.onMessage.removeListener(onMessage);
        unmount();
      });
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        ctx.setTimeout(() => {
          void check(false);
          scheduleLateRechecks(true);
        }, AFTER_NAVIGATION_MS);
      });
      let looked = false;
      const firstLook = () => {
        if (looked) return;
        looked = true;
        void check(false).then(() => {
          if (!state.match && !state.event) scheduleLateRechecks();
        });
      };
      // Already loaded (the usual case: injected after load), the look still waits for a task of its own, so the
      // script's evaluation and the page's reading are two tasks on the page's main thread, not one long one.
      if (document.readyState === 'complete') ctx.setTimeout(firstLook, 0);
      else {
        ctx.addEventListener(window, 'load', () => ctx.setTimeout(firstLook, 0), { once: true });
        ctx.setTimeout(firstLook, FIRST_LOOK_LATEST_MS);
      }
    },
  };
}

function emptyState(checked: boolean): TabState {
  return { checked, match: null, headline: null, publisher: null, unavailable: false };
}
