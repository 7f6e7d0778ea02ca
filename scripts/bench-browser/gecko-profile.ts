// Reads a Gecko profile (the JSON Firefox writes at shutdown when started with MOZ_PROFILER_STARTUP and
// MOZ_PROFILER_SHUTDOWN) and sums, within given wall-clock windows, the sampled time of web pages' main threads
// whose stack holds a frame of one extension's moz-extension:// scripts.

interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}

interface GeckoThread {
  name: string;
  /** "Web Content" for pages' processes, "WebExtensions" for add-ons' background pages, "Parent Process". */
  processName?: string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

interface GeckoProfile {
  meta: { startTime: number };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

/** A wall-clock window (epoch milliseconds). */
export interface Window {
  start: number;
  end: number;
}

function threadTimes(
  thread: GeckoThread,
  startTime: number,
  origin: string,
  windows: Window[],
  totals: number[],
): void {
  const s = thread.samples;
  const stackCol = s.schema.stack as number;
  const timeCol = s.schema.time as number;
  const prefixCol = thread.stackTable.schema.prefix as number;
  const frameCol = thread.stackTable.schema.frame as number;
  const locationCol = thread.frameTable.schema.location as number;
  const ours = new Map<number, boolean>();
  const isOurs = (stack: number | null): boolean => {
    if (stack === null || stack === undefined) return false;
    const known = ours.get(stack);
    if (known !== undefined) return known;
    const row = thread.stackTable.data[stack] as number[];
    const frame = thread.frameTable.data[row[frameCol] as number] as number[];
    const location = thread.stringTable[frame[locationCol] as number] ?? '';
    const value = location.includes(origin) || isOurs(row[prefixCol] ?? null);
    ours.set(stack, value);
    return value;
  };
  const rows = s.data as number[][];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const time = row[timeCol] as number;
    // A sample stands for the time until the next one (at most 10 ms: a longer gap is idle or a pause).
    const ms = next ? Math.min((next[timeCol] as number) - time, 10) : 0;
    if (!isOurs(row[stackCol] ?? null)) return;
    const at = startTime + time;
    windows.forEach((w, k) => {
      if (at >= w.start && at < w.end) totals[k] = (totals[k] ?? 0) + ms;
    });
  });
}

/**
 * Milliseconds of samples in the extension's scripts on the main threads of web pages' processes (its content
 * scripts), one total per window. Its background page runs in the WebExtensions process and is not counted:
 * it does not hold up the page.
 */
export function extensionMsPerWindow(profile: GeckoProfile, extensionUuid: string, windows: Window[]): number[] {
  const totals = windows.map(() => 0);
  const origin = `moz-extension://${extensionUuid}/`;
  const visit = (p: GeckoProfile) => {
    for (const thread of p.threads) {
      if (thread.name === 'GeckoMain' && thread.processName === 'Web Content')
        threadTimes(thread, p.meta.startTime, origin, windows, totals);
    }
    for (const child of p.processes ?? []) visit(child);
  };
  visit(profile);
  return totals;
}
