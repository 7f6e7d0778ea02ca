// Memory figures for the browser bench: the proportional set size (PSS, shared pages split between the
// processes sharing them) of a browser's whole process tree, read from /proc; and, in Chromium, the JS heaps
// the DevTools protocol reports after a garbage collection.
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'puppeteer-core';

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the parent pid is the second field after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function pssKb(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * What a browser's process is, for the breakdown: Chromium's `--type` (a renderer started with
 * `--extension-process` is `extension`: it runs extensions' service workers and pages; no type is the browser
 * process), Firefox's process name ("Web Content", "Isolated Web Co", "WebExtensions", …; the parent is
 * "firefox-esr").
 */
export function processKind(cmdline: string[], name: string): string {
  const type = cmdline.find((a) => a.startsWith('--type='))?.slice('--type='.length);
  if (type === undefined) return cmdline.some((a) => a.startsWith('--')) || !name ? 'browser' : name;
  if (type === 'renderer' && cmdline.includes('--extension-process')) return 'extension';
  return type;
}

/** PSS of a process and all its descendants, in MB by kind of process (processKind); 0 where /proc cannot be read. */
export function treePssByKindMB(root: number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (root === undefined) return out;
  const byParent = children();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const kind = processKind(read(`/proc/${pid}/cmdline`).split(/[\0 ]/), read(`/proc/${pid}/comm`).trim());
    out[kind] = (out[kind] ?? 0) + pssKb(pid) / 1024;
    stack.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/** PSS of a process and all its descendants, in MB (0 where /proc cannot be read). */
export function treePssMB(root: number | undefined): number {
  return Object.values(treePssByKindMB(root)).reduce((a, b) => a + b, 0);
}

async function heapMB(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Chromium: the JS heap of a tab's V8 isolate after a collection (the page's world and the content script's). */
export async function pageHeapMB(page: Page): Promise<number> {
  const session = await page.createCDPSession();
  try {
    return await heapMB(session);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Chromium: the extension service worker's JS heap after a collection, or null when it is not running. */
export async function workerHeapMB(worker: () => Promise<CDPSession | null>): Promise<number | null> {
  const session = await worker();
  if (!session) return null;
  try {
    return await heapMB(session);
  } catch {
    return null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
