// Reads the disputed-figure marks and the sidebar's "You are reading" line from a page, and waits on them, for
// tests of pages whose own scripts change the article after load.
import type { Page } from 'puppeteer-core';
import type { RuntimeIndex } from '../../../lib/story/runtime-types';
import { sidebarHost } from './page';
import { highlights } from './page-state';
import { findArticle } from './sites';
import { waitUntil } from './wait';

/** The registry name of disputed marks (lib/highlight/registry.ts); page scripts see it too. */
export const disputedName = 'plx-a';

/** The unique figure texts an article's claims give for disputed facts, sorted. */
export function expectedDisputed(index: RuntimeIndex, articleId: string): string[] {
  const { story } = findArticle(index, articleId);
  const texts = story.facts
    .filter((f) => f.status === 'disputed')
    .flatMap((f) => f.claims.filter((c) => c.article === articleId).map((c) => c.figureText));
  return [...new Set(texts)].sort();
}

/** The distinct texts of the disputed marks in the page's registry, sorted. */
export async function disputedTexts(page: Page): Promise<string[]> {
  const found = (await highlights(page)).find((h) => h.name === disputedName);
  return [...new Set(found?.texts ?? [])].sort();
}

/** Waits until the disputed marks' distinct texts are exactly `expected` (sorted), or fails with what they are. */
export async function waitForDisputed(page: Page, expected: string[], timeout = 10_000): Promise<void> {
  const wanted = [...expected].sort();
  try {
    await waitUntil(
      page,
      (name: string, want: string[]) => {
        const set = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
        // forEach, not a spread: Firefox's isolated world cannot iterate a highlight (no Xray iterators).
        const ranges: AbstractRange[] = [];
        set?.forEach((r) => {
          ranges.push(r);
        });
        const texts = ranges.map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live.toString();
        });
        const distinct = [...new Set(texts)].sort();
        return distinct.length === want.length && distinct.every((t, i) => t === want[i]);
      },
      { timeout },
      disputedName,
      wanted,
    );
  } catch (error) {
    throw new Error(
      `expected disputed marks ${JSON.stringify(wanted)} on ${page.url()}, found ${JSON.stringify(await disputedTexts(page))}`,
      { cause: error },
    );
  }
}

/** Waits until the page has neither a sidebar host nor any disputed mark, or fails saying which remains. */
export async function waitForNothingShown(page: Page, timeout = 10_000): Promise<void> {
  try {
    await waitUntil(
      page,
      (tag: string, name: string) => {
        const set = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
        return document.querySelector(tag) === null && (set?.size ?? 0) === 0;
      },
      { timeout },
      sidebarHost,
      disputedName,
    );
  } catch (error) {
    const hosts = await page.evaluate((tag: string) => document.querySelectorAll(tag).length, sidebarHost);
    throw new Error(
      `on ${page.url()} ${hosts} sidebar host(s) and marks ${JSON.stringify(await disputedTexts(page))} remain`,
      { cause: error },
    );
  }
}

/** The sidebar's "You are reading" line, or null when there is none. */
export function readingLine(page: Page): Promise<string | null> {
  return page.evaluate(
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('.px-reading')?.textContent ?? null,
    sidebarHost,
  );
}

/** Waits until the sidebar's "You are reading" line names `publisher`, or fails with the line it shows. */
export async function waitForReading(page: Page, publisher: string, timeout = 10_000): Promise<void> {
  try {
    await waitUntil(
      page,
      (tag: string, who: string) =>
        (document.querySelector(tag)?.shadowRoot?.querySelector('.px-reading')?.textContent ?? '').includes(who),
      { timeout },
      sidebarHost,
      publisher,
    );
  } catch (error) {
    throw new Error(
      `the sidebar on ${page.url()} never said it is reading ${publisher}; it says ${JSON.stringify(await readingLine(page))}`,
      { cause: error },
    );
  }
}

/**
 * Splits recorded DOM changes (harness/page-state.ts) into those the page's own script makes (new children of
 * the elements it renders into, and `exact` entries) and everything else, which must be empty: Parallax changes
 * nothing outside its host, and nothing inside the article's own nodes.
 */
export function splitPageOwnChanges(
  changes: string[],
  renders: { children: string[]; exact?: string[] },
): { own: string[]; other: string[] } {
  const owned = (c: string) =>
    renders.children.some((t) => c.startsWith(`children of ${t}: `)) || (renders.exact ?? []).includes(c);
  return { own: changes.filter(owned), other: changes.filter((c) => !owned(c)) };
}
