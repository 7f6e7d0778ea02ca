// One measured page load in a benchmark browser, and the runs that attribute main-thread time to the
// extension (Chromium: a DevTools trace with V8 samples; Firefox: the Gecko profiler's samples and markers).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { pageUrl } from '../../tests/e2e/harness/sites';
import { type BenchBrowser, FIREFOX_EXTENSION_UUID } from './browsers';
import { startBenchTrace, stopBenchTrace } from './chromium-trace';
import { firstFactsMs, sidebarElements, watchFirstFacts } from './first-facts';
import { extensionCostPerWindow, type Window, type WindowCost } from './gecko-profile';
import { pageHeapMB, treePssByKindMB, workerHeapMB } from './memory';
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
  /** The same, by kind of process (memory.ts processKind). */
  pssByKindMB: Record<string, number>;
  /** Chromium: the tab's JS heap after a collection. */
  pageHeapMB: number | null;
  /** Chromium with the extension: its service worker's JS heap after a collection. */
  workerHeapMB: number | null;
  /** Nodes in the document after it settled. */
  nodes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A new tab in front, as the page a reader opens is: a tab left behind another (Chromium's first tab, behind the
 * page an extension opens on installation) renders no frames, and Parallax draws what is seen.
 */
async function frontTab(b: BenchBrowser): Promise<Page> {
  const tab = await b.browser.newPage();
  await tab.bringToFront();
  return tab;
}

async function open(b: BenchBrowser, page: BenchPage): Promise<Page> {
  const tab = await frontTab(b);
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

function pss(b: BenchBrowser): Pick<RunResult, 'pssMB' | 'pssByKindMB'> {
  const byKind = treePssByKindMB(b.browser.process()?.pid);
  return { pssMB: Object.values(byKind).reduce((a, x) => a + x, 0), pssByKindMB: byKind };
}

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
      ...pss(b),
    };
  } finally {
    await tab.close();
  }
}

/** What one profiled load with the extension cost the page's main thread, on Parallax's account. */
export interface ProfiledLoad {
  extensionMs: number;
  extensionCpuMs: number;
  longestTaskMs: number;
  forced: { count: number; ms: number };
  /** From the background's answer to the first fact on screen (chromium-trace.ts, gecko-profile.ts), or null. */
  factsFromAnswerMs: number | null;
  /** From the load event to the first fact on screen (first-facts.ts); null where no fact was shown. */
  firstFactsMs: number | null;
  /** Elements in the sidebar when the load's window ends (1 s after load), or null without a sidebar. */
  sidebarElements: number | null;
}

/** Chromium: the cost of each of `runs` traced loads. */
export async function chromiumProfiledLoads(b: BenchBrowser, page: BenchPage, runs: number): Promise<ProfiledLoad[]> {
  const out: ProfiledLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const tab = await frontTab(b);
    try {
      await watchFirstFacts(tab);
      await startBenchTrace(tab);
      await tab.goto(pageUrl(page.site), { waitUntil: 'load', timeout: 60_000 });
      await sleep(SETTLE_MS);
      const facts = await firstFactsMs(tab);
      const elements = await sidebarElements(tab);
      out.push({ ...(await stopBenchTrace(tab, b.extensionId ?? '')), firstFactsMs: facts, sidebarElements: elements });
    } finally {
      await tab.close();
    }
  }
  return out;
}

/** A profiled Firefox load: its wall-clock window, and when its first fact reached the screen. */
export interface FirefoxLoad extends Window {
  firstFactsMs: number | null;
  sidebarElements: number | null;
}

/** Firefox: loads each page `runs` times in a profiled browser and notes each load's wall-clock window. */
export async function firefoxWindows(
  b: BenchBrowser,
  pages: BenchPage[],
  runs: number,
): Promise<Map<string, FirefoxLoad[]>> {
  const windows = new Map<string, FirefoxLoad[]>();
  for (const page of pages) {
    const list: FirefoxLoad[] = [];
    for (let i = 0; i < runs; i++) {
      const start = Date.now();
      const tab = await frontTab(b);
      try {
        await watchFirstFacts(tab);
        const response = await tab.goto(pageUrl(page.site), { waitUntil: 'load', timeout: 60_000 });
        if (response?.status() !== 200) throw new Error(`${pageUrl(page.site)} answered ${response?.status()}`);
        await sleep(SETTLE_MS);
        const facts = await firstFactsMs(tab);
        list.push({ start, end: Date.now(), firstFactsMs: facts, sidebarElements: await sidebarElements(tab) });
      } finally {
        await tab.close();
      }
    }
    windows.set(page.name, list);
  }
  return windows;
}

/** Firefox: waits for the profile the browser writes at shutdown and accounts for the extension per window. */
export async function firefoxProfiledLoads(
  profilePath: string,
  windows: Map<string, FirefoxLoad[]>,
): Promise<Map<string, ProfiledLoad[]>> {
  for (let i = 0; i < 120 && !existsSync(profilePath); i++) await sleep(500);
  if (!existsSync(profilePath)) throw new Error(`Firefox wrote no profile at ${profilePath}`);
  // The file appears before Firefox has finished writing it: wait until it parses.
  let profile: Parameters<typeof extensionCostPerWindow>[0] | null = null;
  for (let i = 0; i < 60 && !profile; i++) {
    try {
      profile = JSON.parse(readFileSync(profilePath, 'utf8'));
    } catch {
      await sleep(500);
    }
  }
  rmSync(profilePath, { force: true });
  if (!profile) throw new Error(`the profile at ${profilePath} never became readable JSON`);
  const out = new Map<string, ProfiledLoad[]>();
  for (const [name, list] of windows) {
    const costs: WindowCost[] = extensionCostPerWindow(profile, FIREFOX_EXTENSION_UUID, list);
    out.set(
      name,
      costs.map((cost, i) => ({
        ...cost,
        firstFactsMs: list[i]?.firstFactsMs ?? null,
        sidebarElements: list[i]?.sidebarElements ?? null,
      })),
    );
  }
  return out;
}
