// Waits that hold under any page policy. puppeteer's page.waitForFunction compiles its predicate inside the page
// (`new Function`), which a strict Content-Security-Policy refuses in Firefox 140 (a publisher page's, an extension
// page's); these poll from Node instead, each poll one protocol call that runs the predicate in the isolated world
// puppeteer keeps beside the page (or, for the page's own variables, in the page's world), so the page compiles
// nothing.
import type { Page, Realm } from 'puppeteer-core';

/** How to wait: at most `timeout` ms, a poll every `polling` ms (25: a poll is one cheap protocol call, and a test
 * waits for the next one after the page is ready), in which world of the page. */
export interface WaitOptions {
  timeout?: number;
  polling?: number;
  /**
   * `isolated` (default): puppeteer's isolated world, which sees the DOM, shadow roots and CSS.highlights but not
   * the page's own variables; `page`: the page's world, for variables a page script (or the test) set there.
   */
  world?: 'isolated' | 'page';
}

/** The realm a predicate runs in; the isolated one is made anew by each navigation, so it is asked for each poll. */
function realmOf(page: Page, world: 'isolated' | 'page'): Realm {
  const frame = page.mainFrame() as unknown as { isolatedRealm(): Realm; mainRealm(): Realm };
  return world === 'page' ? frame.mainRealm() : frame.isolatedRealm();
}

/**
 * Resolves to the first truthy value `predicate(...args)` returns in the page (serialised as page.evaluate does); rejects with "Waiting failed: … ms
 * exceeded" (naming the last error a poll met, if any) after `timeout`. A poll that fails while the page navigates
 * counts as not yet.
 */
export async function waitUntil<Args extends unknown[], T>(
  page: Page,
  predicate: string | ((...args: Args) => T),
  options: WaitOptions = {},
  ...args: Args
): Promise<Awaited<T>> {
  const { timeout = 30_000, polling = 25, world = 'isolated' } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const realm = realmOf(page, world);
      const value = (
        typeof predicate === 'string'
          ? await realm.evaluate(predicate)
          : await realm.evaluate(predicate as (...a: unknown[]) => unknown, ...args)
      ) as Awaited<T>;
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      if (page.isClosed()) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const why = lastError ? ` (last poll: ${String(lastError).split('\n')[0]})` : '';
      throw new Error(`Waiting failed: ${timeout} ms exceeded${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(polling, Math.max(0, deadline - Date.now()))));
  }
}

/**
 * Runs `fn(...args)` once in puppeteer's isolated world of the page and returns its (serialised) result: a check
 * the page's policy and its own scripts cannot interfere with. Highlights there are read with forEach (Firefox's
 * isolated world cannot iterate them).
 */
export function inIsolatedWorld<Args extends unknown[], T>(page: Page, fn: (...args: Args) => T, ...args: Args) {
  return realmOf(page, 'isolated').evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<Awaited<T>>;
}
