// `npm run demo -- --screenshots DIR`, the first minute and the phone: the welcome page the installation opened, the
// picture of the sidebar the welcome page ships (with its description), and an article in a phone-sized window,
// first with the sheet's slim bar, then with the sheet open.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { disputedFactsOf } from '../lib/story/article-facts';
import { summarySentence } from '../lib/ui/DisputeSummary';
import { openPage, sidebarHost, waitForSidebar } from '../tests/e2e/harness/page';
import type { BrowserSession } from '../tests/e2e/harness/session';
import { findArticle, loadIndex, pageUrl, type SitePage } from '../tests/e2e/harness/sites';
import { waitForWelcomeTab } from '../tests/e2e/harness/welcome';

/** Size of the welcome page's picture of the sidebar, in CSS pixels. */
const PICTURE = { width: 1200, height: 760 };

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The words a screen reader says for the picture: what the screenshot shows, from the index. */
function pictureAlt(kind: BrowserSession['kind'], site: SitePage): string {
  const { story, article } = findArticle(loadIndex(kind), site.article ?? '');
  const count = disputedFactsOf(story, article.id).length;
  return (
    `Parallax's sidebar on the right of ${article.publisher}'s article “${article.headline}”. At its top the story, ` +
    `“${story.title}”, its dates and the article being read; below, “${summarySentence(count)}”, each of those facts a ` +
    'link, and the switch that highlights them, on. In the article on the left, those figures are highlighted.'
  );
}

/** The welcome page's picture: the article with the sidebar open, as WebP, and its description beside it. */
async function welcomePicture(session: BrowserSession, site: SitePage, dir: string): Promise<string[]> {
  const tab = await openPage(session, pageUrl(site), (p) => p.setViewport({ ...PICTURE, deviceScaleFactor: 1 }));
  try {
    await waitForSidebar(tab);
    await pause(800);
    const image = join(dir, 'welcome-sidebar.webp');
    await tab.screenshot({ path: image as `${string}.webp`, type: 'webp', quality: 78 });
    const about = join(dir, 'welcome-sidebar.json');
    writeFileSync(about, `${JSON.stringify({ alt: pictureAlt(session.kind, site), ...PICTURE }, null, 2)}\n`);
    return [image, about];
  } finally {
    await tab.close();
  }
}

/** The welcome page as the installation opened it, whole. */
async function welcomePage(session: BrowserSession, dir: string): Promise<string> {
  const welcome = await waitForWelcomeTab(session.browser);
  await welcome.setViewport({ width: 1000, height: 900 });
  await welcome.bringToFront();
  await welcome.waitForFunction(
    () =>
      document.querySelector('.px-stories') !== null &&
      (document.querySelector('figure img') as HTMLImageElement | null)?.complete !== false,
  );
  await pause(500);
  const file = join(dir, 'welcome.png');
  await welcome.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}

async function shootPhone(tab: Page, file: string): Promise<void> {
  await pause(700);
  await tab.screenshot({ path: file as `${string}.png` });
}

/** The article in a 400×800 window: the slim bar, then the sheet opened to half the window. */
async function phoneArticle(session: BrowserSession, site: SitePage, dir: string): Promise<string[]> {
  const tab = await openPage(session, pageUrl(site), (p) =>
    p.setViewport({ width: 400, height: 800, deviceScaleFactor: 2 }),
  );
  try {
    await waitForSidebar(tab);
    const bar = join(dir, 'phone-bar.png');
    await shootPhone(tab, bar);
    await tab.evaluate(
      (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.px-tab')?.click(),
      sidebarHost,
    );
    await tab.waitForFunction(
      (tag: string) => document.querySelector(tag)?.getAttribute('data-state') === 'open',
      {},
      sidebarHost,
    );
    const sheet = join(dir, 'phone-sheet.png');
    await shootPhone(tab, sheet);
    return [bar, sheet];
  } finally {
    await tab.close();
  }
}

/**
 * Writes the welcome page, its picture of the sidebar and the phone-sized article into `dir`; returns false when one
 * of them could not be made. The session must have kept the welcome tab (`keepWelcome`).
 */
export async function writeFirstMinuteScreenshots(
  session: BrowserSession,
  site: SitePage,
  dir: string,
): Promise<boolean> {
  let ok = true;
  const steps: [string, () => Promise<string[]>][] = [
    ['the welcome page', async () => [await welcomePage(session, dir)]],
    ['the welcome page’s picture', () => welcomePicture(session, site, dir)],
    ['the phone-sized article', () => phoneArticle(session, site, dir)],
  ];
  for (const [what, step] of steps) {
    try {
      for (const file of await step()) console.log(`  ${file}  ←  ${what}`);
    } catch (error) {
      console.error(`  no screenshot of ${what}: ${(error as Error).message}`);
      ok = false;
    }
  }
  return ok;
}
