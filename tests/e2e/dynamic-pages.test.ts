// Pages whose own scripts change the article after load: text that arrives late, single-page navigation to
// another article and to a section front, and an article re-rendered with new nodes. The sidebar and the marks
// follow the page each time, and Parallax changes nothing in the page outside its own host.
import type { Page } from 'puppeteer-core';
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
  sidebarCount,
  sidebarText,
  useE2e,
  waitForSidebar,
  type E2eEnv,
  type SitePage,
  waitUntil,
} from './harness/e2e';
import {
  disputedName,
  disputedTexts,
  expectedDisputed,
  splitPageOwnChanges,
  waitForDisputed,
  waitForNothingShown,
  waitForReading,
} from './harness/marks';
import { domChanges, recordDomChanges } from './harness/page-state';

const dynamicPages = loadSites().filter((p) => p.kind === 'dynamic');

function dynamicPage(file: string, article: string): SitePage {
  const page = dynamicPages.find((p) => p.file === file && p.article === article);
  if (!page) throw new Error(`sites.json lists no dynamic page ${file} carrying ${article}`);
  return page;
}

const latePage = dynamicPage('www.cnn.com/spa-late-text.html', 'cnn-r2');
const appCnn = dynamicPage('www.cnn.com/spa-app.html', 'cnn-r2');
const appFrance24 = dynamicPage('www.cnn.com/spa-app.html', 'france24');
const rerenderPage = dynamicPage('www.cnn.com/spa-rerender.html', 'cnn-r2');

/** Clicks an in-page link by its address, as a reader would; the page's router handles it. */
async function clickLink(tab: Page, path: string): Promise<void> {
  const link = await tab.$(`#app a[href="${path}"]`);
  if (!link) throw new Error(`no link to ${path} in the page's view at ${tab.url()}`);
  await link.click();
  await waitUntil(tab, (p: string) => location.pathname === p, { timeout: 5_000 }, path);
}

/** Errors logged since `mark`, the extension's and the page's (a page script broken by Parallax counts too). */
function errorsSince(env: E2eEnv, mark: number) {
  return env.session.errors.entries.slice(mark);
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — pages whose scripts change the article after load`, () => {
    const index = loadIndex(kind);
    const e2e = useE2e(kind);

    it(`shows the sidebar and marks when the article text arrives seconds after load (${pageUrl(latePage)})`, async () => {
      const { story, article } = findArticle(index, 'cnn-r2');
      const expected = expectedDisputed(index, 'cnn-r2');
      expect(expected.length).toBeGreaterThan(0);
      const mark = e2e().session.errors.entries.length;
      const tab = await openPage(e2e().session, pageUrl(latePage), recordDomChanges);
      try {
        // At load the page is a skeleton: nothing to recognise yet.
        expect(await tab.evaluate(() => document.querySelectorAll('#story-body p:not(.loading)').length)).toBe(0);
        await waitForSidebar(tab, [story.title, article.publisher], 15_000);
        await waitForDisputed(tab, expected);
        expect(await tab.evaluate(() => document.querySelectorAll('#story-body p').length)).toBeGreaterThan(10);
        expect(await sidebarCount(tab)).toBe(1);
        const { own, other } = splitPageOwnChanges(await domChanges(tab), {
          children: ['<div#story-body>'],
          exact: ['attribute aria-busy of <div#story-body>'],
        });
        expect(other).toEqual([]);
        // The recorder saw the page's own insertion (one replaceChildren and one attribute), so it was listening.
        expect(own).toHaveLength(2);
        expect(await pageScriptRan(tab)).toBe(true);
        const errors = errorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it('follows single-page navigation to another article, then away to a section front', async () => {
      const { story } = findArticle(index, 'cnn-r2');
      const cnn = findArticle(index, 'cnn-r2').article;
      const france24 = findArticle(index, 'france24').article;
      const cnnMarks = expectedDisputed(index, 'cnn-r2');
      const france24Marks = expectedDisputed(index, 'france24');
      // The two articles' disputed figures differ, so a stale mark from the first article would show.
      expect(cnnMarks).not.toEqual(france24Marks);
      const mark = e2e().session.errors.entries.length;
      const tab = await openPage(e2e().session, pageUrl(appCnn), recordDomChanges);
      try {
        await waitForSidebar(tab, [story.title]);
        await waitForReading(tab, cnn.publisher);
        await waitForDisputed(tab, cnnMarks);

        await clickLink(tab, appFrance24.path);
        await waitForReading(tab, france24.publisher, 15_000);
        await waitForDisputed(tab, france24Marks);
        expect(await sidebarCount(tab)).toBe(1);
        expect(await disputedTexts(tab)).toEqual(france24Marks);
        // Every mark lies in the article now on the page.
        expect(
          await tab.evaluate((name: string) => {
            const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
            const article = document.querySelector('#app article');
            return [...(set ?? [])].every((r) => article?.contains(r.startContainer));
          }, disputedName),
        ).toBe(true);

        await clickLink(tab, '/spa/world/africa');
        await waitForNothingShown(tab, 15_000);
        expect(await sidebarText(tab)).toBeNull();
        expect(await tab.evaluate(() => document.querySelector('#app h1')?.textContent)).toBe('Africa');

        // Two navigations, each one render into #app and one new title: nothing else changed the page.
        const { own, other } = splitPageOwnChanges(await domChanges(tab), { children: ['<main#app>', '<title>'] });
        expect(other).toEqual([]);
        expect(own).toHaveLength(4);
        const errors = errorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it('marks the new nodes, once each, after the page re-renders its article with the same text', async () => {
      const { story, article } = findArticle(index, 'cnn-r2');
      const expected = expectedDisputed(index, 'cnn-r2');
      const mark = e2e().session.errors.entries.length;
      const tab = await openPage(e2e().session, pageUrl(rerenderPage), recordDomChanges);
      try {
        await waitForSidebar(tab, [story.title, article.publisher]);
        await waitForDisputed(tab, expected);
        const before = await tab.evaluate((name: string) => {
          const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
          // Kept in a main-world variable, not in the DOM, to tell the old article from the new one later.
          (window as unknown as { __oldArticle: Element | null }).__oldArticle =
            document.querySelector('#story-slot article');
          return set?.size ?? 0;
        }, disputedName);
        expect(before).toBeGreaterThanOrEqual(expected.length);

        await tab.click('#update-story');
        expect(
          await tab.evaluate(() => document.querySelector('#story-slot article')?.getAttribute('data-render')),
        ).toBe('2');
        // The marks come back on the new article's nodes, as many as before.
        await waitUntil(
          tab,
          (name: string, count: number) => {
            const set = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
            const fresh = document.querySelector('#story-slot article');
            const ranges: AbstractRange[] = [];
            set?.forEach((r) => {
              ranges.push(r);
            });
            return (
              ranges.length === count &&
              ranges.every((r) => !r.collapsed && fresh !== null && fresh.contains(r.startContainer))
            );
          },
          { timeout: 10_000 },
          disputedName,
          before,
        ).catch(async (error: unknown) => {
          throw new Error(
            `marks did not move to the re-rendered article; they read ${JSON.stringify(await disputedTexts(tab))}`,
            { cause: error },
          );
        });
        const seen = await tab.evaluate((name: string) => {
          const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
          const old = (window as unknown as { __oldArticle: Element | null }).__oldArticle;
          const ranges = [...(set ?? [])];
          const keys = ranges.map((r) => {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            return `${live.toString()}@${[
              ...document.querySelectorAll('#story-slot article p, #story-slot article ' + 'li'),
            ].findIndex((p) => p.contains(r.startContainer))}:${r.startOffset}`;
          });
          return {
            oldDetached: old !== null && !old.isConnected,
            inOld: ranges.filter((r) => old?.contains(r.startContainer)).length,
            duplicates: keys.length - new Set(keys).size,
          };
        }, disputedName);
        expect(seen).toEqual({ oldDetached: true, inOld: 0, duplicates: 0 });
        expect(await disputedTexts(tab)).toEqual(expected);
        expect(await sidebarCount(tab)).toBe(1);

        const { own, other } = splitPageOwnChanges(await domChanges(tab), { children: ['<div#story-slot>'] });
        expect(other).toEqual([]);
        expect(own).toHaveLength(1);
        const errors = errorsSince(e2e(), mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
}
