// `npm run demo -- --screenshots DIR`: what a reader sees on each story page, and close-ups of the sidebar's views
// (what it opens on, the first number line, the table with a quote open, a number line in dark at 200% zoom), and on
// another outlet's report of the story (the event sidebar and its automatic comparison).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openPage, sidebarHost, waitForSidebar } from '../tests/e2e/harness/page';
import type { BrowserSession } from '../tests/e2e/harness/session';
import { pageUrl, type SitePage } from '../tests/e2e/harness/sites';

type Clip = { x: number; y: number; width: number; height: number };

/** Story and archive pages, the ones where the sidebar appears. */
export function storyPages(sites: SitePage[]): SitePage[] {
  return sites.filter((p) => p.kind === 'story' || p.kind === 'archive');
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The box (document coordinates) around the sidebar elements `selectors` name, from the first one's top. */
function clipOf(tab: Page, selectors: string[]): Promise<Clip | null> {
  return tab.evaluate(
    (tag: string, wanted: string[]) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const els = wanted.map((s) => root?.querySelector(s)).filter((e): e is Element => e != null);
      if (els.length === 0) return null;
      els[0]!.scrollIntoView({ block: 'start' });
      // The sidebar's bar stays on top while it scrolls: bring the first element out from under it.
      const bar = root!.querySelector('.px-bar')?.getBoundingClientRect().height ?? 0;
      if (!els[0]!.classList.contains('px-root')) root!.querySelector('.px-root')!.scrollBy(0, -bar - 8);
      const rects = els.map((e) => e.getBoundingClientRect());
      const panel = root!.querySelector('.px-root')!.getBoundingClientRect();
      const top = Math.max(panel.top, Math.min(...rects.map((r) => r.top)) - 8);
      const bottom = Math.min(panel.bottom, Math.max(...rects.map((r) => r.bottom)) + 8);
      return { x: panel.left + scrollX, y: top + scrollY, width: panel.width, height: bottom - top };
    },
    sidebarHost,
    selectors,
  );
}

async function shoot(tab: Page, file: string, clip?: Clip | null): Promise<void> {
  if (clip === null) throw new Error('nothing to photograph');
  await pause(300);
  await tab.screenshot({ path: file as `${string}.png`, ...(clip ? { clip } : {}) });
}

/** The sidebar as it opens, then a close-up of its first card's number line (label, status and line). */
async function sidebarViews(tab: Page, dir: string, name: string): Promise<string[]> {
  const panel = await clipOf(tab, ['.px-root']);
  const lead = join(dir, `${name}-opens-on.png`);
  await shoot(tab, lead, panel);
  const line = join(dir, `${name}-number-line.png`);
  // The close-up at two device pixels a CSS pixel, sharp enough for a README.
  const viewport = tab.viewport();
  if (viewport) await tab.setViewport({ ...viewport, deviceScaleFactor: 2 });
  await shoot(tab, line, await clipOf(tab, ['li[data-fact] .px-fact-label', 'li[data-fact] figure.px-line']));
  if (viewport) await tab.setViewport(viewport);
  return [lead, line];
}

/** The table view with the reader's own figure of the first fact opened to its quote. */
async function tableView(tab: Page, file: string): Promise<void> {
  await tab.evaluate((tag: string) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="px-layout"]:not(:checked)')?.click();
  }, sidebarHost);
  await tab.waitForFunction(
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('table.px-table'),
    {},
    sidebarHost,
  );
  await tab.evaluate((tag: string) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    (root.querySelector('td.px-col-own button.px-cell') ?? root.querySelector('button.px-cell'))?.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
  }, sidebarHost);
  await tab.waitForFunction(
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('tr.px-table-quote'),
    {},
    sidebarHost,
  );
  await shoot(tab, file, await clipOf(tab, ['.px-facts-section']));
}

/**
 * A number line in the dark scheme at 200% zoom (a 1400-pixel window: 700 CSS pixels, two device pixels each; a
 * narrower window shows the sidebar as a bottom sheet).
 */
async function darkZoomed(session: BrowserSession, site: SitePage, file: string): Promise<boolean> {
  const tab = await session.newPage();
  try {
    await tab.setViewport({ width: 700, height: 900, deviceScaleFactor: 2 });
    try {
      await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    } catch {
      return false; // a browser that cannot emulate the scheme over its automation protocol
    }
    await tab.goto(pageUrl(site), { waitUntil: 'load' });
    await waitForSidebar(tab);
    await shoot(tab, file, await clipOf(tab, ['li[data-fact] .px-fact-label', 'li[data-fact] figure.px-line']));
    return true;
  } finally {
    await tab.close();
  }
}

/**
 * Writes a screenshot of each story page with the sidebar open; for the first page of each article, the sidebar as
 * it opens and its first number line; for the first story page, the table view and a number line in dark at 200%.
 * Returns false when a page could not be photographed.
 */
export async function writeScreenshots(session: BrowserSession, sites: SitePage[], dir: string): Promise<boolean> {
  mkdirSync(dir, { recursive: true });
  const pages = storyPages(sites);
  const seen = new Set<string | null | undefined>();
  let ok = true;
  for (const [i, site] of pages.entries()) {
    const name = `${String(i + 1).padStart(2, '0')}-${site.article ?? 'page'}-${site.host}`;
    const tab = await openPage(session, pageUrl(site));
    try {
      await waitForSidebar(tab);
      // Let the sidebar's stylesheet and first layout land before the picture is taken.
      await pause(800);
      const files = [join(dir, `${name}.png`)];
      await shoot(tab, files[0]!);
      if (!seen.has(site.article)) {
        files.push(...(await sidebarViews(tab, dir, name)));
        if (seen.size === 0) {
          files.push(join(dir, `${name}-table.png`));
          await tableView(tab, files.at(-1)!);
        }
      }
      for (const file of files) console.log(`  ${file}  ←  ${pageUrl(site)}`);
    } catch (error) {
      console.error(`  no screenshot of ${pageUrl(site)}: ${(error as Error).message}`);
      ok = false;
    } finally {
      seen.add(site.article);
      await tab.close();
    }
  }
  // Another outlet's report of the story: the sidebar in its event form, the page's own figures compared.
  for (const site of sites.filter((p) => p.kind === 'event')) {
    const name = `event-${site.host}`;
    const tab = await openPage(session, pageUrl(site));
    try {
      await waitForSidebar(tab, ['This page’s figures']);
      await pause(800);
      const files = [join(dir, `${name}.png`), join(dir, `${name}-figures.png`)];
      await shoot(tab, files[0]!);
      await shoot(tab, files[1]!, await clipOf(tab, ['.px-event', '.px-auto']));
      for (const file of files) console.log(`  ${file}  ←  ${pageUrl(site)}`);
    } catch (error) {
      // A report on a site checked only on a click shows nothing by itself: that is expected, not a failure.
      if (site.host.endsWith('.example')) console.log(`  (${pageUrl(site)} is checked on a click only: no screenshot)`);
      else {
        console.error(`  no screenshot of ${pageUrl(site)}: ${(error as Error).message}`);
        ok = false;
      }
    } finally {
      await tab.close();
    }
  }
  const first = pages[0];
  if (first) {
    const file = join(dir, 'number-line-dark-200.png');
    if (await darkZoomed(session, first, file)) console.log(`  ${file}  ←  ${pageUrl(first)} (dark, 200% zoom)`);
    else console.log('  (this browser cannot emulate the dark scheme: no dark screenshot)');
  }
  return ok;
}
