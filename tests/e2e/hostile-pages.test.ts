// Pages that make life hard for an extension, on publisher hosts: a strict Content-Security-Policy (no inline
// style or script), a page that replaces document.body after load, a 100,000-node page, and a page whose own
// MutationObserver throws on every call. Each time the sidebar is shown, the disputed figures are marked, the
// page keeps working, and Parallax says nothing into the page's console.
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageScriptRan,
  pageUrl,
  sidebarBox,
  useE2e,
  waitForSidebar,
  type E2eEnv,
  type SitePage,
  waitUntil,
} from './harness/e2e';
import { disputedName, expectedDisputed, waitForDisputed } from './harness/marks';
import { firstMarkBox, markPixels } from './harness/paint';
import { longTasksCausedByExtension, startMainThreadTrace, stopMainThreadTrace } from './harness/main-thread';

const hostile = loadSites().filter((p) => p.kind === 'hostile');
const byFile = (file: string): SitePage => {
  const page = hostile.find((p) => p.file === file);
  if (!page) throw new Error(`sites.json lists no hostile page ${file}`);
  return page;
};
const strictCsp = byFile('www.france24.com/strict-csp.html');
const bodyReplaced = byFile('www.pri.org/body-replaced.html');
const hugePage = byFile('www.cnn.com/hundred-thousand-nodes.html');
const throwingObserver = byFile('www.astroawani.com/throwing-observer.html');

/** Every console message of a tab (any level), and its uncaught page errors, from before it navigates. */
function listen(page: Page): { console: string[]; pageErrors: string[] } {
  const heard = { console: [] as string[], pageErrors: [] as string[] };
  page.on('console', (m: ConsoleMessage) => {
    const where = m.location().url ?? '';
    // The browser's note that the page's own favicon is missing (the fixture server has none) is not Parallax's.
    if (m.text().startsWith('Failed to load resource') && where.endsWith('/favicon.ico')) return;
    heard.console.push(`${m.type()}: ${m.text()} (${where})`);
  });
  page.on('pageerror', (e) => heard.pageErrors.push(e instanceof Error ? e.message : String(e)));
  return heard;
}

/** Opens a hostile page listening to its console, waits for the sidebar and the article's disputed marks. */
async function openHostile(env: E2eEnv, site: SitePage, before?: (page: Page) => Promise<void>) {
  const index = loadIndex(env.session.kind);
  const { story, article } = findArticle(index, site.article ?? '');
  let heard = { console: [] as string[], pageErrors: [] as string[] };
  const tab = await openPage(env.session, pageUrl(site), async (page) => {
    heard = listen(page);
    await before?.(page);
  });
  await waitForSidebar(tab, [story.title, article.publisher]);
  const expected = expectedDisputed(index, article.id);
  expect(expected.length).toBeGreaterThan(0);
  await waitForDisputed(tab, expected);
  return { tab, heard, expected };
}

/** Whether every disputed mark lies in the document's current body (not in nodes the page threw away). */
function marksInLiveBody(tab: Page): Promise<{ marks: number; live: number }> {
  return tab.evaluate((name: string) => {
    const set = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
    const ranges = [...(set ?? [])];
    const live = ranges.filter((r) => r.startContainer.isConnected && document.body.contains(r.startContainer));
    return { marks: ranges.length, live: live.length };
  }, disputedName);
}

const extensionErrorsSince = (env: E2eEnv, mark: number) =>
  env.session.errors.extension().filter((e) => env.session.errors.entries.indexOf(e) >= mark);

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — hostile pages`, () => {
    const e2e = useE2e(kind);

    it(`shows the sidebar and paints its marks under a strict Content-Security-Policy without breaking it (${pageUrl(strictCsp)})`, async () => {
      const mark = e2e().session.errors.entries.length;
      const { tab, heard } = await openHostile(e2e(), strictCsp);
      try {
        // Painted, not only registered: the ::highlight rules are the extension's stylesheet, which the policy
        // (style-src with a nonce) must not block.
        const markBox = await firstMarkBox(tab);
        const area = Math.round(markBox.width) * Math.round(markBox.height);
        expect(await markPixels(tab, markBox), `mark colour pixels in the box of "${markBox.text}"`).toBeGreaterThan(
          area * 0.3,
        );
        // The policy is in force: the page's own inline style attribute would be refused.
        const box = await sidebarBox(tab);
        expect(box?.fixed, 'the sidebar is styled (fixed beside the page)').toBe(true);
        expect(box?.width ?? 0).toBeGreaterThan(200);
        expect(await pageScriptRan(tab)).toBe(true);
        expect(await tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
          [],
        );
        expect(heard.console).toEqual([]);
        expect(heard.pageErrors).toEqual([]);
        const errors = extensionErrorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it(`follows the article into a body the page put in place of the old one (${pageUrl(bodyReplaced)})`, async () => {
      const mark = e2e().session.errors.entries.length;
      const { tab, heard, expected } = await openHostile(e2e(), bodyReplaced);
      try {
        await waitUntil(tab, () => (window as unknown as { __bodyReplaced: number }).__bodyReplaced >= 1, {
          timeout: 10_000,
          world: 'page',
        });
        await waitForDisputed(tab, expected);
        await waitUntil(
          tab,
          (name: string) => {
            const set = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
            const ranges: AbstractRange[] = [];
            set?.forEach((r) => {
              ranges.push(r);
            });
            return ranges.length > 0 && ranges.every((r) => document.body.contains(r.startContainer));
          },
          { timeout: 10_000 },
          disputedName,
        );
        const { marks, live } = await marksInLiveBody(tab);
        expect(live).toBe(marks);
        expect(await tab.$('parallax-sidebar')).not.toBeNull();
        expect(await pageScriptRan(tab)).toBe(true);
        expect(heard.console).toEqual([]);
        expect(heard.pageErrors).toEqual([]);
        const errors = extensionErrorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it(`annotates a 100,000-node page${kind === 'chromium' ? ' with no long task of its own' : ''} (${pageUrl(hugePage)})`, async () => {
      const mark = e2e().session.errors.entries.length;
      const traced = kind === 'chromium';
      const { tab, heard } = await openHostile(e2e(), hugePage, traced ? startMainThreadTrace : undefined);
      try {
        const nodes = await tab.evaluate(() => {
          const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
          let n = 0;
          while (walker.nextNode()) n++;
          return n;
        });
        expect(nodes).toBeGreaterThanOrEqual(100_000);
        if (traced) {
          // Chromium's trace attributes main-thread time to the extension's scripts (harness/main-thread.ts).
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const report = await stopMainThreadTrace(tab, { extensionId: e2e().session.extensionId });
          expect(report.extensionMs, 'the trace saw the content script run').toBeGreaterThan(0);
          expect(longTasksCausedByExtension(report)).toEqual([]);
        }
        expect(await pageScriptRan(tab)).toBe(true);
        expect(heard.console).toEqual([]);
        expect(heard.pageErrors).toEqual([]);
        const errors = extensionErrorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it(`leaves a page whose own MutationObserver throws working (${pageUrl(throwingObserver)})`, async () => {
      const mark = e2e().session.errors.entries.length;
      const { tab, heard } = await openHostile(e2e(), throwingObserver);
      try {
        const read = () =>
          tab.evaluate(() => {
            const w = window as unknown as { __ticks: number; __observerCalls: number };
            return { ticks: w.__ticks, calls: w.__observerCalls };
          });
        const first = await read();
        await waitUntil(
          tab,
          (t: number) => (window as unknown as { __ticks: number }).__ticks >= t + 2,
          { timeout: 5_000, world: 'page' },
          first.ticks,
        );
        const later = await read();
        expect(later.calls).toBeGreaterThan(first.calls);
        // The menu button still works for the reader.
        await tab.click('#menu-toggle');
        expect(await tab.$eval('#site-menu', (el) => el.getAttribute('data-open'))).toBe('false');
        expect(await pageScriptRan(tab)).toBe(true);
        expect(heard.console).toEqual([]);
        // Uncaught errors here are the page's own observer's, every one of them.
        expect(heard.pageErrors.length).toBeGreaterThan(0);
        expect(heard.pageErrors.filter((e) => !e.includes('layout guard tripped'))).toEqual([]);
        const errors = extensionErrorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
}
