// Helpers to look at a page the way a reader would: open it, wait for Parallax's sidebar, read its shadow root.
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from './session';
import { waitUntil } from './wait';

/** The sidebar's host element, appended to document.documentElement by the content script. */
export const sidebarHost = 'parallax-sidebar';

/**
 * How long a negative page is watched after `load` before concluding no sidebar appeared. The content script
 * must not mark the page to say it has decided, so a fixed wait is the only signal; it is several times the
 * time the sidebar takes to appear on a story page.
 */
export const settleMs = 1500;

/** Opens a URL in a new tab of the session and waits for `load`; `before` runs on the tab before it navigates. */
export async function openPage(
  session: BrowserSession,
  url: string,
  before?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await session.newPage();
  await before?.(page);
  const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  if (response?.status() !== 200) {
    await page.close();
    throw new Error(`fixture page ${url} answered ${response?.status() ?? 'nothing'}`);
  }
  return page;
}

/** Waits until the sidebar's shadow root holds every given text (or any text when none is given). */
export async function waitForSidebar(page: Page, texts: string[] = [], timeout = 10_000): Promise<void> {
  try {
    await waitUntil(
      page,
      (tag: string, wanted: string[]) => {
        const root = document.querySelector(tag)?.shadowRoot;
        const text = root?.textContent ?? '';
        return text.trim().length > 0 && wanted.every((w) => text.includes(w));
      },
      { timeout },
      sidebarHost,
      texts,
    );
  } catch (error) {
    const seen = await sidebarText(page);
    throw new Error(
      seen === null
        ? `no <${sidebarHost}> with an open shadow root appeared on ${page.url()} within ${timeout} ms`
        : `the sidebar on ${page.url()} did not show ${JSON.stringify(texts)} within ${timeout} ms; it showed: ${seen.slice(0, 600)}`,
      { cause: error },
    );
  }
}

/** Text inside the sidebar's open shadow root, or null when there is no sidebar (or its root is closed). */
export function sidebarText(page: Page): Promise<string | null> {
  return page.evaluate((tag: string) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return root ? (root.textContent ?? '') : null;
  }, sidebarHost);
}

/** Number of sidebar hosts in the page (0 or 1 expected). */
export function sidebarCount(page: Page): Promise<number> {
  return page.evaluate((tag: string) => document.querySelectorAll(tag).length, sidebarHost);
}

/** Waits the settle time on a page where nothing should appear. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, settleMs));
}

/** Whether the page's own inline script ran (fixture pages set `window.__pageScriptOk`), read in the main world. */
export function pageScriptRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __pageScriptOk?: unknown }).__pageScriptOk === true);
}

/** Changes the page from its main world as a page script would, and says whether the change took. */
export function pageCanStillChange(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const marker = document.createElement('p');
    marker.id = 'page-script-change';
    marker.textContent = 'changed by the page';
    document.body.append(marker);
    document.title = `${document.title} (changed)`;
    const ok = document.getElementById('page-script-change')?.textContent === 'changed by the page';
    marker.remove();
    return ok && document.title.endsWith('(changed)');
  });
}

/** Where the sidebar's panel (the `<aside>` landmark in its shadow root) is drawn, and whether it is styled fixed. */
export function sidebarBox(
  page: Page,
): Promise<{ fixed: boolean; left: number; top: number; width: number; height: number; viewportWidth: number } | null> {
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
    const panel = host?.shadowRoot?.querySelector('aside');
    if (!host || !panel) return null;
    const r = panel.getBoundingClientRect();
    const fixed = [panel, host].some((el) => getComputedStyle(el).position === 'fixed');
    return { fixed, left: r.left, top: r.top, width: r.width, height: r.height, viewportWidth: window.innerWidth };
  }, sidebarHost);
}

/**
 * What of the page lies under the sidebar: how many pixels of the body's width overlap it, and the start of any
 * `<article>` paragraph it covers. The page should be laid out beside the open sidebar, not under it.
 */
export function pageUnderSidebar(page: Page): Promise<{ bodyOverlap: number; coveredParagraphs: string[] }> {
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
    if (!host) return { bodyOverlap: 0, coveredParagraphs: [] };
    const s = host.getBoundingClientRect();
    const b = document.body.getBoundingClientRect();
    const bodyOverlap = Math.max(0, Math.min(b.right, s.right) - Math.max(b.left, s.left));
    const coveredParagraphs = [...document.querySelectorAll('article p')]
      .filter((p) => {
        const r = p.getBoundingClientRect();
        return (
          r.width > 0 && r.height > 0 && r.left < s.right && r.right > s.left && r.top < s.bottom && r.bottom > s.top
        );
      })
      .map((p) => (p.textContent ?? '').trim().slice(0, 60));
    return { bodyOverlap: Math.round(bodyOverlap), coveredParagraphs };
  }, sidebarHost);
}
