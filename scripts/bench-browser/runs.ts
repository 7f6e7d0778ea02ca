// One measured page load in a benchmark browser, and the runs that attribute main-thread time to the
// extension (Chromium: a DevTools trace with V8 samples; Firefox: the Gecko profiler's samples).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { startMainThreadTrace, stopMainThreadTrace } from '../../tests/e2e/harness/main-thread';
import { pageUrl } from '../../tests/e2e/harness/sites';
import { type BenchBrowser, FIREFOX_EXTENSION_UUID } from './browsers';
import { extensionMsPerWindow, type Window } from './gecko-profile';
import { pageHeapMB, treePssMB, workerHeapMB } from './memory';
import type { BenchPage } from './pages';

/**
 * After `load`, how long a run waits before measuring memory: Parallax's gate, or its sidebar and marks, run
 * meanwhile.
 */
export const SETTLE_MS = 1000;

/** What one load measured. */
export interface RunResult {
  /** Navigation start to the load event, from the page's Navigation Timing entry. */
  loadMs: number;
  /** End of DOMContentLoaded to the load event: where Chromium runs document_idle content scripts. */
  dclToLoadMs: number;
  /** PSS of the browser's whole process tree after the page settled. */
  pssMB: number;
  /** Chromium: the tab's JS heap after a collection. */
  pageHeapMB: number | null;
  /** Chromium with the extension: its service worker's JS heap after a collection. */
  workerHeapMB: number | null;
  /** Nodes in the document after it settled. */
  nodes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(b: BenchBrowser, page: BenchPage): Promise<Page> {
  const tab = await b.browser.newPage();
  const response = await tab.goto(pageUrl(page.site), { waitUntil: 'load', timeout: 60_000 });
  if (response?.status() !== 200) throw new Error(`${pageUrl(page.site)} answered ${response?.status() ?? 'nothing'}`);
  return tab;
}

// A source string: the script runner's transform would wrap functions passed to the page in a missing helper.
const READ_PAGE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return {
    loadMs: nav ? nav.loadEventStart : NaN,
    dclToLoadMs: nav ? nav.loadEventStart - nav.domContentLoadedEventEnd : NaN,
    nodes,
  };
})()`;

/** Loads the page in a new tab, waits for it to settle, measures, closes the tab. */
export async function runOnce(b: BenchBrowser, page: BenchPage): Promise<RunResult> {
  const tab = await open(b, page);
  try {
    await sleep(SETTLE_MS);
    const { loadMs, dclToLoadMs, nodes } = (await tab.evaluate(READ_PAGE)) as Pick<
      RunResult,
      'loadMs' | 'dclToLoadMs' | 'nodes'
    >;
    const chromium = b.kind === 'chromium';
    return {
      loadMs,
      dclToLoadMs,
      nodes,
      pageHeapMB: chromium ? await pageHeapMB(tab) : null,
      workerHeapMB: chromium ? await workerHeapMB(b.worker) : null,
      pssMB: treePssMB(b.browser.process()?.pid),
    };
  } finally {
    await tab.close();
  }
}

/** Chromium: main-thread milliseconds in the extension's scripts for each of `runs` traced loads. */
export async function chromiumExtensionMs(b: BenchBrowser, page: BenchPage, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tab = await b.browser.newPage();
    try {
      await startMainThreadTrace(tab);
      await tab.goto(pageUrl(page.site), { waitUntil: 'load', timeout: 60_000 });
      await sleep(SETTLE_MS);
      out.push((await stopMainThreadTrace(tab, { extensionId: b.extensionId ?? undefined })).extensionMs);
    } finally {
      await tab.close();
    }
  }
  return out;
}

/** Firefox: loads each page `runs` times in a profiled browser and notes each load's wall-clock window. */
export async function firefoxWindows(
  b: BenchBrowser,
  pages: BenchPage[],
  runs: number,
): Promise<Map<string, Window[]>> {
  const windows = new Map<string, Window[]>();
  for (const page of pages) {
    const list: Window[] = [];
    for (let i = 0; i < runs; i++) {
      const start = Date.now();
      const tab = await open(b, page);
      await sleep(SETTLE_MS);
      list.push({ start, end: Date.now() });
      await tab.close();
    }
    windows.set(page.name, list);
  }
  return windows;
}

/** Firefox: waits for the profile the browser writes at shutdown and sums the extension's samples per window. */
export async function firefoxExtensionMs(
  profilePath: string,
  windows: Map<string, Window[]>,
): Promise<Map<string, number[]>> {
  for (let i = 0; i < 120 && !existsSync(profilePath); i++) await sleep(500);
  if (!existsSync(profilePath)) throw new Error(`Firefox wrote no profile at ${profilePath}`);
  // The file appears before Firefox has finished writing it: wait until it parses.
  let profile: Parameters<typeof extensionMsPerWindow>[0] | null = null;
  for (let i = 0; i < 60 && !profile; i++) {
    try {
      profile = JSON.parse(readFileSync(profilePath, 'utf8'));
    } catch {
      await sleep(500);
    }
  }
  rmSync(profilePath, { force: true });
  if (!profile) throw new Error(`the profile at ${profilePath} never became readable JSON`);
  const out = new Map<string, number[]>();
  for (const [name, list] of windows) out.set(name, extensionMsPerWindow(profile, FIREFOX_EXTENSION_UUID, list));
  return out;
}
