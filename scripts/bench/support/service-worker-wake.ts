// Real Chromium, the Chrome package with a large index packaged: stop the extension's service worker, then ask it
// to recognise an indexed article's page (the message the content script sends) from an extension page, and time
// the answer: service worker start, index read, lookup and the story's file read. Median of several wakes.
import puppeteer, { type Browser } from 'puppeteer-core';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WAKES = 7;

async function workerGone(browser: Browser, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'))) {
    if (Date.now() > until) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The wake figures: median ms to the first answer, and median ms to fetch the packaged recognition file alone. */
export interface WakeFigures {
  wakeMs: number;
  fetchIndexMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * From a stopped service worker to the first answer, over several wakes (the page must match); and the file fetch
 * alone.
 */
export async function serviceWorkerWake(extensionDir: string, page: PageSnapshot): Promise<WakeFigures> {
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
    const times: number[] = [];
    for (let i = 0; i < WAKES; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await workerGone(browser);
      const { ms, story } = await tab.evaluate(async (snapshot) => {
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
      }, page);
      if (!story) throw new Error('the woken service worker did not recognise the page');
      times.push(ms);
    }
    // The share of one step: fetching the packaged index into an ArrayBuffer, from an extension page.
    const fetches: number[] = [];
    for (let i = 0; i < 3; i++) {
      fetches.push(
        await tab.evaluate(async () => {
          const start = performance.now();
          await (await fetch('/generated/recognition.bin')).arrayBuffer();
          return performance.now() - start;
        }),
      );
    }
    return { wakeMs: median(times), fetchIndexMs: median(fetches) };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
