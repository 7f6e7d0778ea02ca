// When the first fact reaches the screen, watched from the page's own world (the extension is not changed for the
// bench): a script run before the page's own notes when Parallax's sidebar host appears, watches its open shadow
// root for the first fact card, and notes the end of the frame that drew it (a task of the highest priority posted
// from that frame's animation callback runs once the frame is painted, ahead of other queued tasks). It reads that
// time from the page's load event, and leaves a mark on the profilers' timelines (a console time stamp in Chromium's
// trace, a user timing mark in Firefox's profile) so the time can also be read from the background's answer
// (chromium-trace.ts, gecko-profile.ts).
import type { Page } from 'puppeteer-core';

/** The name of the mark left on the profilers' timelines when the first fact is on screen. */
export const FACTS_MARK = 'parallax-bench:first-facts';

// Source strings: the script runner's transform would wrap functions passed to the page in a missing helper.
const WATCH = `(() => {
  const FACTS_MARK = ${JSON.stringify(FACTS_MARK)};
  const seen = { host: null, facts: null };
  Object.defineProperty(window, '__parallaxBenchSidebar', { value: seen });
  const watchShadow = (root) => {
    const found = () => {
      if (seen.facts !== null || !root.querySelector('[data-fact]')) return;
      seen.facts = -1;
      // A task of the highest priority, so it runs as soon as the frame is painted rather than behind the tasks
      // already queued (a timer queued from the frame would wait for those: Parallax's own next tasks among them).
      const afterPaint = (note) =>
        globalThis.scheduler && typeof globalThis.scheduler.postTask === 'function'
          ? globalThis.scheduler.postTask(note, { priority: 'user-blocking' })
          : setTimeout(note, 0);
      requestAnimationFrame(() => afterPaint(() => {
        seen.facts = performance.now();
        console.timeStamp(FACTS_MARK);
        performance.mark(FACTS_MARK);
      }));
      cards.disconnect();
    };
    const cards = new MutationObserver(found);
    cards.observe(root, { childList: true, subtree: true });
    found();
  };
  const host = new MutationObserver(() => {
    const el = document.documentElement && document.documentElement.querySelector(':scope > parallax-sidebar');
    if (!el || !el.shadowRoot) return;
    seen.host = performance.now();
    host.disconnect();
    watchShadow(el.shadowRoot);
  });
  const watchRoot = () => host.observe(document.documentElement, { childList: true });
  if (document.documentElement) watchRoot();
  else {
    const doc = new MutationObserver(() => {
      if (!document.documentElement) return;
      doc.disconnect();
      watchRoot();
    });
    doc.observe(document, { childList: true });
  }
})()`;

const READ = `(() => {
  const seen = window.__parallaxBenchSidebar;
  const nav = performance.getEntriesByType('navigation')[0];
  if (!seen || !nav || seen.facts === null || seen.facts < 0) return null;
  return seen.facts - nav.loadEventEnd;
})()`;

const ELEMENTS = `(() => {
  const root = document.querySelector('parallax-sidebar')?.shadowRoot;
  return root ? root.querySelectorAll('*').length : null;
})()`;

/** Elements in Parallax's sidebar now (its shadow root), or null when there is none. */
export async function sidebarElements(tab: Page): Promise<number | null> {
  return (await tab.evaluate(ELEMENTS)) as number | null;
}

/** Makes a tab watch for Parallax's first fact in every document it loads from now on. */
export async function watchFirstFacts(tab: Page): Promise<void> {
  await tab.evaluateOnNewDocument(WATCH);
}

/** Milliseconds from the page's load event to the end of the frame that first showed a fact; null if none did. */
export async function firstFactsMs(tab: Page): Promise<number | null> {
  return (await tab.evaluate(READ)) as number | null;
}
