// Opening a story page and waiting for highlighting to show a state, in marks and switch alike, for the tests of
// the controls that drive it.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { RuntimeIndex } from '../../../lib/story/runtime-types';
import { waitForMarkCount, waitForSidebarSwitch } from './extension-ui';
import { openPage, sidebarHost, waitForSidebar } from './page';
import type { BrowserSession } from './session';
import { findArticle, pageUrl, type SitePage } from './sites';

/** Distinct disputed figures of an article, which is how many marks it gets at least. */
export function disputedFigures(index: RuntimeIndex, site: SitePage): number {
  const { story } = findArticle(index, site.article ?? '');
  const texts = story.facts
    .filter((f) => f.status === 'disputed')
    .flatMap((f) => f.claims.filter((c) => c.article === site.article).map((c) => c.figureText));
  return new Set(texts).size;
}

/** Opens a story page and waits for its sidebar to name the story. */
export async function openStory(session: BrowserSession, index: RuntimeIndex, site: SitePage): Promise<Page> {
  const { story } = findArticle(index, site.article ?? '');
  const tab = await openPage(session, pageUrl(site));
  await waitForSidebar(tab, [story.title]);
  return tab;
}

/** Waits for a page to show highlighting `on` in both the marks and the sidebar's switch. */
export async function expectHighlighting(tab: Page, index: RuntimeIndex, site: SitePage, on: boolean): Promise<void> {
  await waitForSidebarSwitch(tab, on);
  await waitForMarkCount(tab, on ? disputedFigures(index, site) : 0);
}

/** Clicks the sidebar's collapse button, or its collapsed tab (whichever carries `aria-expanded`). */
export async function clickExpandControl(tab: Page): Promise<void> {
  const handle = await tab.evaluateHandle(
    (tag: string) =>
      document.querySelector(tag)?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-expanded]') ?? null,
    sidebarHost,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no collapse control in the sidebar on ${tab.url()}`);
  await button.click();
}
