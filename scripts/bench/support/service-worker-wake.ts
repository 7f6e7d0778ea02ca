// Real Chromium, the Chrome package with a large index packaged: stop the extension's service worker, then ask it
// to recognise an indexed article's page (the message the content script sends) from an extension page, and time
// the answer: service worker start, the index's head and the parts the page needs, lookup and the story's file read.
// The first wake after the install reads the whole packaged file and copies it into IndexedDB after answering; it is
// timed on its own, the copy is waited for, then the median of several wakes is taken.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { DB_NAME, HEADS } from '../../../lib/packs/pack-db';
import { GENERATED } from '../../../lib/story/generated-layout';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WAKES = 7;

async function workerGone(browser: Browser, timeout = 10_000): Promise<void> {
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

/**
 * From a stopped service worker to the first answer, over several wakes (the page must match); and the file fetch
 * alone.
 */
export async function measureWake(extensionDir: string, page: PageSnapshot): Promise<WakeFigures> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir],
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    const id = new URL(worker.url()).host;
    const tab = await browser.newPage();
    await tab.goto(`chrome-extension://${id}/options.html`);
    const cdp = await tab.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    const wake = async (): Promise<number> => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await workerGone(browser);
      const { ms, story } = await tab.evaluate(async (snapshot) => {
        const start = performance.now();
        const reply = (await (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'recognise', page: snapshot })) as { match: { story: string } | null };
        return { ms: performance.now() - start, story: reply?.match?.story ?? null };
      }, page);
      if (!story) throw new Error('the woken service worker did not recognise the page');
      return ms;
    };
    const firstWakeMs = await wake();
    const copyStart = performance.now();
    while (!(await copyDone(tab))) {
      if (performance.now() - copyStart > 300_000) throw new Error('the bundled index was not copied in 5 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    const copyMs = firstWakeMs + performance.now() - copyStart;
    const times: number[] = [];
    for (let i = 0; i < WAKES; i++) times.push(await wake());
    // The share of one step: fetching a packaged file into an ArrayBuffer, from an extension page.
    const fetchMs = async (path: string) => {
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
    return {
      wakeMs: median(times),
      firstWakeMs,
      copyMs,
      fetchIndexMs: await fetchMs(`/generated/${GENERATED.recognition}`),
      fetchHeadMs: await fetchMs(`/generated/${GENERATED.recognitionHead}`),
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
