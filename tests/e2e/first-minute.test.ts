// A new reader's first minute and reading on a phone. Chromium: the welcome page opens once on installation, lists
// every story of the index with its dates, disputed facts and links that open the fixture copies of its articles
// (one click opens an article with the sidebar), passes axe-core, and does not open again on an update; the popup
// on a page Parallax does not know links to that list. Both
// browsers: in a 400×800 window the sidebar is a bottom sheet that starts as a slim bar with the disputed count,
// opens to half the window without covering the paragraph being read, closes on a swipe and on the platform's
// close request, works by touch (marks, card, bar), has 44-pixel controls and passes axe-core.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { RuntimeIndex } from '../../lib/story/runtime-types';
import { formatDateRange } from '../../lib/ui/sidebar-model';
import {
  browserKinds,
  browserLabel,
  buildDirs,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  sidebarHost,
  useE2e,
  waitForSidebar,
  type E2eEnv,
  waitUntil,
} from './harness/e2e';
import { setViewport, viewportSkips } from './harness/emulation';
import { openPopup, runAxe, waitForMarkCount } from './harness/extension-ui';
import { disputedName } from './harness/marks';
import {
  overlaps,
  paragraphBox,
  PHONE,
  sheetState,
  sidebarFocus,
  smallControls,
  swipeInSidebar,
  tapAt,
  tapInSidebar,
  waitForSheetState,
} from './harness/sheet';
import { listedFacts, waitForFactList } from './harness/sidebar-facts';
import { waitForWelcomeTab, welcomeTabs } from './harness/welcome';

const cnnPage = loadSites().find((p) => p.article === 'cnn-r2' && p.kind === 'story');
// An ordinary page on a publisher's host: checked, and not a known article.
const ordinaryPage = loadSites().find((p) => p.kind === 'ordinary' && p.host === 'www.cnn.com');

/**
 * The start of the article's first paragraph of prose as the index has it (not a list's heading): where a reader
 * starts.
 */
function firstParagraph(index: RuntimeIndex, articleId: string): string {
  const { article } = findArticle(index, articleId);
  const first = article.text.split('\n\n').find((p) => p.trim().length >= 100 && /[.!?”"]$/.test(p.trim()));
  return first!.trim().slice(0, 40);
}

/** The box of the first disputed mark, scrolled to the upper half of the window (read as a page script would). */
async function firstMark(page: Page): Promise<{ x: number; y: number; top: number; bottom: number; text: string }> {
  await waitForMarkCount(page, 1);
  return page.evaluate((name: string) => {
    const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name) ?? [])];
    const range = ranges.find((r) => r.getBoundingClientRect().width > 20) ?? ranges[0]!;
    window.scrollBy(0, range.getBoundingClientRect().top - innerHeight / 3);
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom, text: range.toString() };
  }, disputedName);
}

/** Everything a phone reader does on the CNN article, in one tab. */
async function readOnPhone(e2e: () => E2eEnv, index: RuntimeIndex): Promise<void> {
  const { session } = e2e();
  const { story } = findArticle(index, cnnPage!.article!);
  const disputed = story.facts.filter((f) => f.status === 'disputed').length;
  const opening = firstParagraph(index, cnnPage!.article!);
  const tab = await openPage(session, pageUrl(cnnPage!), (p) => setViewport(p, session.kind, PHONE));
  try {
    // A slim bar along the bottom, the width of the window, with the disputed count; the article's start clear of it.
    await waitForSidebar(tab, ['Parallax', 'disputed']);
    const bar = (await sheetState(tab))!;
    expect(bar).toMatchObject({ layout: 'sheet', state: 'collapsed' });
    expect(Math.abs(bar.box.bottom - bar.viewportHeight)).toBeLessThan(2);
    expect(Math.abs(bar.box.right - bar.box.left - bar.viewportWidth)).toBeLessThan(2);
    expect(bar.box.bottom - bar.box.top).toBeLessThanOrEqual(60);
    const barText = await tab.evaluate(
      (tag: string) => document.querySelector(tag)!.shadowRoot!.querySelector('.px-tab')!.textContent,
      sidebarHost,
    );
    expect(barText).toContain(`${disputed} disputed`);
    const start = await paragraphBox(tab, opening);
    expect(start, `no paragraph starting "${opening}"`).not.toBeNull();
    expect(start!.bottom).toBeLessThanOrEqual(bar.box.top);
    expect(await smallControls(tab)).toEqual([]);
    expect((await runAxe(tab, sidebarHost)).violations).toEqual([]);

    // A tap opens it to half the window; the first paragraph stays above it, focus moves into it.
    await tapInSidebar(tab, '.px-tab');
    await waitForSheetState(tab, 'open');
    await waitUntil(
      tab,
      (tag: string) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').includes('Facts'),
      {},
      sidebarHost,
    );
    await new Promise((resolve) => setTimeout(resolve, 600)); // the page's smooth scroll to the reading position
    const sheet = (await sheetState(tab))!;
    // Half the window (a scrollbar the page may show across the bottom is not the sheet's).
    expect(Math.abs(sheet.box.top - sheet.viewportHeight / 2)).toBeLessThan(16);
    const kept = (await paragraphBox(tab, opening))!;
    expect(kept.top, 'the first paragraph was scrolled off the top').toBeGreaterThanOrEqual(0);
    expect(
      overlaps(kept, sheet.box),
      `first paragraph ${JSON.stringify(kept)} under the sheet ${JSON.stringify(sheet.box)}`,
    ).toBe(false);
    expect(await sidebarFocus(tab)).toContain('px-collapse');
    expect(await smallControls(tab)).toEqual([]);
    const open = await runAxe(tab, sidebarHost);
    expect(open.checkedNodes).toBeGreaterThan(20);
    expect(open.violations).toEqual([]);
    // Scrolled down, the sheet's list grows to every fact, as the panel's does.
    expect(await listedFacts(tab)).toBeLessThan(story.facts.length);
    await waitForFactList(tab);
    expect(await listedFacts(tab)).toBe(story.facts.length);

    // The platform's close request (Escape here, the back gesture on a phone) closes it with focus on the page.
    await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tab.keyboard.press('Escape');
    await waitForSheetState(tab, 'collapsed');

    // Swipes: up on the bar opens, down on the sheet's bar collapses.
    await swipeInSidebar(tab, '.px-tab', -120);
    await waitForSheetState(tab, 'open');
    await swipeInSidebar(tab, '.px-bar', 160);
    await waitForSheetState(tab, 'collapsed');

    // A mark by touch: the first tap shows its card, the card's button opens the fact in the sheet below the figure.
    const mark = await firstMark(tab);
    await tapAt(tab, mark.x, mark.y);
    await waitUntil(
      tab,
      (tag: string) => {
        const card = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.plx-card-pos');
        return card !== null && card !== undefined && !card.hidden;
      },
      { timeout: 5_000 },
      sidebarHost,
    );
    expect((await sheetState(tab))!.state).toBe('collapsed');
    expect(await smallControls(tab)).toEqual([]);
    await tapInSidebar(tab, '.plx-card-open');
    await waitForSheetState(tab, 'open');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = (await sheetState(tab))!;
    const figure = await tab.evaluate(
      (name: string, text: string) => {
        const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name) ?? [])];
        const r = ranges.find((x) => x.toString() === text)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      },
      disputedName,
      mark.text,
    );
    expect(figure.top).toBeGreaterThanOrEqual(0);
    expect(figure.bottom).toBeLessThanOrEqual(after.box.top);
    expect(await sidebarFocus(tab)).toContain('px-fact-label');

    // Down on the sheet, then down on the bar: closed for this page.
    await swipeInSidebar(tab, '.px-bar', 160);
    await waitForSheetState(tab, 'collapsed');
    // The bar lies along the window's bottom edge: a finger has little room below it.
    await swipeInSidebar(tab, '.px-tab', 22);
    await waitForSheetState(tab, 'closed');
  } finally {
    await tab.close();
  }
}

// Each block runs in the project of its engine (browserKinds).
if (browserKinds.includes('chromium')) {
  describe(`${browserLabel('chromium')} — the welcome page, and reading on a phone`, () => {
    const e2e = useE2e('chromium', { keepWelcome: true });
    const index = loadIndex('chromium');

    it(
      'opens the welcome page once on installation, listing every story with links that open its articles; axe-core ' +
        'clean',
      async () => {
        const { session } = e2e();
        const welcome = await waitForWelcomeTab(session.browser);
        expect(await welcomeTabs(session.browser)).toHaveLength(1);
        await waitUntil(welcome, () => document.querySelector('.px-stories') !== null, { timeout: 10_000 });
        const text = await welcome.evaluate(() => document.body.innerText);
        expect(text).toContain('Welcome to Parallax');
        const links = await welcome.$$eval('.px-stories a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const story of index.stories) {
          expect(text).toContain(story.title);
          expect(text).toContain(formatDateRange(story.dates.start, story.dates.end));
          const disputed = story.facts.filter((f) => f.status === 'disputed').length;
          expect(text).toContain(`${disputed} of ${story.facts.length} facts disputed`);
          for (const article of story.articles) {
            expect(text).toContain(article.publisher);
            if (article.url) expect(links).toContain(new URL(article.url).href);
          }
        }
        const picture = await welcome.$eval('figure img', (img) => ({
          alt: (img as HTMLImageElement).alt,
          loaded: (img as HTMLImageElement).naturalWidth,
        }));
        expect(picture.alt.length).toBeGreaterThan(40);
        expect(picture.loaded).toBeGreaterThan(0);
        const axe = await runAxe(welcome);
        expect(axe.checkedNodes).toBeGreaterThan(30);
        expect(axe.violations).toEqual([]);

        // Every link opens its article's fixture copy, recognised: the sidebar appears there.
        for (const href of new Set(links)) {
          const tab = await openPage(session, href);
          try {
            const { story } = index.stories
              .map((s) => ({ story: s }))
              .find(({ story: s }) => s.articles.some((a) => a.url && new URL(a.url).href === href))!;
            await waitForSidebar(tab, [story.title]);
          } finally {
            await tab.close();
          }
        }
        // One click on the list opens an article in a new tab, with Parallax beside it.
        const first = links[0]!;
        await welcome.bringToFront();
        await welcome.click('.px-stories a');
        const tab = (await (
          await session.browser.waitForTarget((t) => t.url() === first, { timeout: 10_000 })
        ).page())!;
        try {
          await waitForSidebar(tab, [index.stories[0]!.title]);
        } finally {
          await tab.close();
        }
      },
    );

    it('the popup on a page it does not know says so in one line and links to the stories', async () => {
      const { session } = e2e();
      const tab = await openPage(session, pageUrl(ordinaryPage!));
      try {
        const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
        expect(await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent)).toBe(
          'Parallax doesn’t know this article.',
        );
        const href = await popup.$eval('a.px-stories-link', (a) => (a as HTMLAnchorElement).href);
        expect(href).toBe(`chrome-extension://${session.extensionId}/welcome.html#stories`);
        await popup.click('a.px-stories-link');
        const list = (await (await session.browser.waitForTarget((t) => t.url() === href, { timeout: 8_000 })).page())!;
        try {
          await waitUntil(list, () => document.querySelector('.px-stories') !== null, { timeout: 8_000 });
          expect(
            await list.evaluate(() => [document.querySelector('h1')?.textContent, document.activeElement?.id]),
          ).toEqual(['Where Parallax works', 'stories']);
          expect(await list.evaluate(() => document.body.innerText)).toContain(index.stories[0]!.title);
        } finally {
          await list.close();
        }
      } finally {
        await tab.close();
      }
    });

    it('reads the article in a 400×800 window with the bottom sheet, by touch, keyboard and swipe', async () => {
      await readOnPhone(e2e, index);
    });

    it('opens no welcome page when the extension is updated', async () => {
      const { session } = e2e();
      for (const page of await welcomeTabs(session.browser)) await page.close();
      const isWorker = (t: import('puppeteer-core').Target) =>
        t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`);
      const before = session.browser.targets().find(isWorker);
      // Chromium reports loading an installed unpacked package again as an update (runtime.onInstalled "update").
      expect(await session.browser.installExtension(buildDirs.chromium)).toBe(session.extensionId);
      await session.browser.waitForTarget((t) => isWorker(t) && t !== before, { timeout: 15_000 });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await welcomeTabs(session.browser)).toHaveLength(0);
    });

    it('logged no extension errors during the whole session', () => {
      const errors = e2e().session.errors.extension();
      expect(errors, ErrorLog.format(errors)).toEqual([]);
    });
  });
}

if (browserKinds.includes('firefox')) {
  describe(`${browserLabel('firefox')} — reading on a phone`, () => {
    const e2e = useE2e('firefox');
    const index = loadIndex('firefox');

    it(`reads the article in a 400×800 window with the bottom sheet, by touch, keyboard and swipe${viewportSkips('firefox')}`, async () => {
      await readOnPhone(e2e, index);
    });

    it('logged no extension errors during the whole session', () => {
      const errors = e2e().session.errors.extension();
      expect(errors, ErrorLog.format(errors)).toEqual([]);
    });
  });
}
