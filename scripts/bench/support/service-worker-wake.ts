// Real Chromium, the Chrome package with a large index packaged beside the package as built: stop the extensions'
// service workers, then ask one to recognise a page it indexes (the message the content script sends) from its
// options page, and time the answer: service worker start, the index's head and the parts the page needs, lookup and
// the story's file read. The first wake after the install reads the whole packaged file and copies it into IndexedDB
// after answering; it is timed on its own, the copy is waited for, then the packages are woken in turn.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { DB_NAME, HEADS } from '../../../lib/packs/pack-db';
import { GENERATED } from '../../../lib/story/generated-layout';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WAKES = 9;

/** Waits until no extension service worker runs in the browser; throws after `timeout` ms. */
export async function workerGone(browser: Browser, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'))) {
    if (Date.now() > until) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The wake figures: median ms from a stopped worker to the answer; the first wake after the install (whole file read,
 * no copy yet) and how long until the copy was there; ms to fetch the packaged whole file and the head alone.
 */
export interface WakeFigures {
  wakeMs: number;
  firstWakeMs: number;
  copyMs: number;
  fetchIndexMs: number;
  fetchHeadMs: number;
}

// Whether the bundled index's copy is complete in IndexedDB (its head is written last).
async function copyDone(tab: Page): Promise<boolean> {
  return tab.evaluate(
    async (name, store) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(false);
            return;
          }
          const keys = db.transaction(store, 'readonly').objectStore(store).getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.some((k) => String(k).startsWith('bundled:')));
          };
          keys.onerror = () => resolve(false);
        };
      }),
    DB_NAME,
    HEADS,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A package to wake, and the page its background must recognise. */
export interface WakePackage {
  dir: string;
  page: PageSnapshot;
}

/**
 * From a stopped service worker to the first answer, over several wakes of each package (the page must match), the
 * packages loaded side by side in one browser and woken in turn, so they are measured under the same load; and the
 * packaged files' fetch alone.
 */
export async function measureWakes(packages: WakePackage[]): Promise<WakeFigures[]> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: packages.map((p) => p.dir),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const deadline = Date.now() + 20_000;
    while (workers(browser).length < packages.length) {
      if (Date.now() > deadline) throw new Error('the extensions did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    // Each package's options page, to send its background the content script's message.
    const tabs = await Promise.all(
      packages.map(async ({ dir }) => {
        const id = extensionIdOf(dir);
        if (!workers(browser).some((t) => new URL(t.url()).host === id))
          throw new Error(`the extension in ${dir} is not running as ${id}`);
        const tab = await browser.newPage();
        await tab.goto(`chrome-extension://${id}/options.html`);
        return tab;
      }),
    );
    const cdp = await tabs[0]!.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    const wake = async (n: number): Promise<number> => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await workerGone(browser);
      const { ms, story } = await tabs[n]!.evaluate(async (snapshot) => {
        const start = performance.now();
        const reply = (await (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'recognise', page: snapshot })) as {
          answer?: { kind: string; match?: { story: string } };
        };
        return {
          ms: performance.now() - start,
          story: reply?.answer?.kind === 'article' ? (reply.answer.match?.story ?? null) : null,
        };
      }, packages[n]!.page);
      if (!story) throw new Error(`the woken service worker of ${packages[n]!.dir} did not recognise the page`);
      return ms;
    };
    // The first wake after the install reads the whole packaged file and copies it; the copy is waited for.
    const firsts: { firstWakeMs: number; copyMs: number }[] = [];
    for (const [n, tab] of tabs.entries()) {
      const firstWakeMs = await wake(n);
      const copyStart = performance.now();
      while (!(await copyDone(tab))) {
        if (performance.now() - copyStart > 600_000) throw new Error('the bundled index was not copied in 10 minutes');
        // A stopped worker goes on with the copy when it is woken again.
        if (workers(browser).length === 0) await wake(n);
        await new Promise((r) => setTimeout(r, 100));
      }
      firsts.push({ firstWakeMs, copyMs: firstWakeMs + performance.now() - copyStart });
    }
    // Wakes in turn, the order swapped each round.
    const times: number[][] = packages.map(() => []);
    for (let round = 0; round < WAKES; round++) {
      const order = packages.map((_, n) => n);
      if (round % 2 === 1) order.reverse();
      for (const n of order) times[n]!.push(await wake(n));
    }
    // The share of one step: fetching a packaged file into an ArrayBuffer, from an extension page.
    const fetchMs = async (tab: Page, path: string) => {
      const fetches: number[] = [];
      for (let i = 0; i < 3; i++) {
        fetches.push(
          await tab.evaluate(async (url) => {
            const start = performance.now();
            await (await fetch(url)).arrayBuffer();
            return performance.now() - start;
          }, path),
        );
      }
      return median(fetches);
    };
    const figures: WakeFigures[] = [];
    for (const [n, tab] of tabs.entries()) {
      figures.push({
        wakeMs: median(times[n]!),
        ...firsts[n]!,
        fetchIndexMs: await fetchMs(tab, `/generated/${GENERATED.recognition}`),
        fetchHeadMs: await fetchMs(tab, `/generated/${GENERATED.recognitionHead}`),
      });
    }
    return figures;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

function workers(browser: Browser) {
  return browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
}

/** The id Chromium gives an unpacked extension: the first 128 bits of the SHA-256 of its folder, in letters a–p. */
function extensionIdOf(dir: string): string {
  const digest = createHash('sha256').update(realpathSync(dir)).digest();
  return [...digest.subarray(0, 16)].map((b) => String.fromCharCode(97 + (b >> 4), 97 + (b & 15))).join('');
}
