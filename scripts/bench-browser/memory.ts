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

/** PSS of a process and all its descendants, in MB (0 where /proc cannot be read). */
export function treePssMB(root: number | undefined): number {
  if (root === undefined) return 0;
  const byParent = children();
  let kb = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    kb += pssKb(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return kb / 1024;
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
export async function workerHeapMB(worker: CDPSession | null): Promise<number | null> {
  if (!worker) return null;
  try {
    return await heapMB(worker);
  } catch {
    return null;
  }
}
