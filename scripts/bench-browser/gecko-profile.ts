// Reads a Gecko profile (the JSON Firefox writes at shutdown when started with MOZ_PROFILER_STARTUP and
// MOZ_PROFILER_SHUTDOWN) and sums, within given wall-clock windows, what one extension's moz-extension:// scripts
// cost web pages' main threads: their sampled time, their longest stretch of work, and the synchronous layouts and
// style flushes their scripts forced (markers whose cause stack holds one of their frames; a "Styles" marker's
// stack is where styles were first invalidated, not a flush, so those do not count), and the time from the
// background's answer to the first fact on screen (the page's user timing mark, first-facts.ts).
import { FACTS_MARK } from './first-facts';

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
  markers?: Table;
}

interface GeckoProfile {
  meta: { startTime: number; interval?: number; categories?: { name: string }[] };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

/** A wall-clock window (epoch milliseconds). */
export interface Window {
  start: number;
  end: number;
}

/** What the extension cost the pages' main threads within one window. */
export interface WindowCost {
  /** Sampled time with one of its scripts on the stack. */
  extensionMs: number;
  /** The thread's CPU time over those samples (the profiler's `cpu` feature): what a busy machine does not inflate. */
  extensionCpuMs: number;
  /**
   * The longest run of consecutive busy samples that holds its scripts and neither a page's own script nor the
   * document's parsing or load event: Firefox's profile has no task boundaries, so a run of work stands for a task.
   */
  longestTaskMs: number;
  /**
   * Layouts and style flushes its scripts forced (`Reflow (sync)` markers, and `DoFlushPendingNotifications` of
   * styles alone, caused from its frames), and their time.
   */
  forced: { count: number; ms: number };
  /**
   * From the background's answer (the start of the content script's last run of work before the sidebar app's
   * first, in which it takes the answer and asks for the app) to the page's first-facts mark; null without either.
   */
  factsFromAnswerMs: number | null;
}

// A sample stands for the time until the next one, at most this long: a longer gap is idle or a pause.
const MAX_SAMPLE_MS = 10;
// Two busy samples further apart than this belong to different runs of work.
const RUN_GAP_MS = 3;
/** Whether a marker is a synchronous flush: a layout, or a flush of styles (or frames) alone. */
function isFlush(m: { name: string; data: Record<string, unknown> | null }, strings: string[]): boolean {
  if (m.name === 'Reflow (sync)') return true;
  if (m.name !== 'DoFlushPendingNotifications') return false;
  const kind = m.data?.name;
  const name = typeof kind === 'number' ? strings[kind] : kind;
  return name === 'Style' || name === 'Frames';
}
const DOCUMENT_EVENTS = new Set(['load', 'DOMContentLoaded']);

interface Sample {
  at: number;
  ms: number;
  /** CPU time the thread used until the next sample. */
  cpuMs: number;
  ours: boolean;
  /** Whether the content script, or the sidebar app, is on the stack. */
  content: boolean;
  app: boolean;
  page: boolean;
  parsing: boolean;
  /** Run from a timer (a "setTimeout handler" frame): how the content script reads the page, never the answer. */
  timer: boolean;
  idle: boolean;
}

function stackReader(thread: GeckoThread, origin: string, idleCategory: number) {
  const prefixCol = thread.stackTable.schema.prefix as number;
  const frameCol = thread.stackTable.schema.frame as number;
  const locationCol = thread.frameTable.schema.location as number;
  const categoryCol = thread.frameTable.schema.category;
  type Facts = {
    ours: boolean;
    content: boolean;
    app: boolean;
    page: boolean;
    parsing: boolean;
    timer: boolean;
    category: number | null;
  };
  const known = new Map<number, Facts>();
  const none: Facts = {
    ours: false,
    content: false,
    app: false,
    page: false,
    parsing: false,
    timer: false,
    category: null,
  };
  const read = (stack: number | null | undefined): Facts => {
    if (stack === null || stack === undefined) return none;
    const cached = known.get(stack);
    if (cached) return cached;
    const row = thread.stackTable.data[stack] as number[];
    const frame = thread.frameTable.data[row[frameCol] as number] as (number | null)[];
    const location = thread.stringTable[frame[locationCol] as number] ?? '';
    const parent = read(row[prefixCol] ?? null);
    const own = categoryCol === undefined ? null : (frame[categoryCol] ?? null);
    const facts: Facts = {
      ours: parent.ours || location.includes(origin),
      content: parent.content || location.includes(`${origin}content-scripts/content.js`),
      app: parent.app || location.includes(`${origin}sidebar-app.js`),
      page: parent.page || /\((?:https?|file):\/\//.test(location),
      parsing: parent.parsing || location.startsWith('nsHtml5'),
      timer: parent.timer || location === 'setTimeout handler',
      // The nearest frame that names a category, from the leaf up.
      category: own ?? parent.category,
    };
    known.set(stack, facts);
    return facts;
  };
  return { read, isIdle: (facts: Facts) => facts.category === null || facts.category === idleCategory };
}

function samplesOf(thread: GeckoThread, startTime: number, origin: string, idleCategory: number): Sample[] {
  const s = thread.samples;
  const stackCol = s.schema.stack as number;
  const timeCol = s.schema.time as number;
  const cpuCol = s.schema.threadCPUDelta;
  const { read, isIdle } = stackReader(thread, origin, idleCategory);
  const rows = s.data as number[][];
  return rows.map((row, i) => {
    const next = rows[i + 1];
    const time = row[timeCol] as number;
    const facts = read(row[stackCol] ?? null);
    return {
      at: startTime + time,
      ms: next ? Math.min((next[timeCol] as number) - time, MAX_SAMPLE_MS) : 0,
      // Nanoseconds (the profile's sampleUnits) the thread ran between this sample and the next.
      cpuMs: next && cpuCol !== undefined ? ((next[cpuCol] as number | null) ?? 0) / 1e6 : 0,
      ours: facts.ours,
      content: facts.content,
      app: facts.app,
      page: facts.page,
      parsing: facts.parsing,
      timer: facts.timer,
      idle: isIdle(facts),
    };
  });
}

interface Marker {
  name: string;
  start: number;
  end: number;
  data: Record<string, unknown> | null;
}

/** Markers with their start and end joined (Gecko writes an interval as a start and an end marker). */
function markersOf(thread: GeckoThread, startTime: number): Marker[] {
  const table = thread.markers;
  if (!table) return [];
  const [nameCol, startCol, endCol, phaseCol, dataCol] = ['name', 'startTime', 'endTime', 'phase', 'data'].map(
    (k) => table.schema[k] as number,
  ) as [number, number, number, number, number];
  const open = new Map<string, Marker[]>();
  const out: Marker[] = [];
  for (const row of table.data) {
    const name = thread.stringTable[row[nameCol] as number] ?? '';
    const phase = row[phaseCol] as number;
    const data = (row[dataCol] as Record<string, unknown> | null) ?? null;
    const start = startTime + ((row[startCol] as number | null) ?? 0);
    const end = startTime + ((row[endCol] as number | null) ?? 0);
    if (phase === 2) {
      const marker = { name, start, end: start, data };
      open.set(name, [...(open.get(name) ?? []), marker]);
      out.push(marker);
    } else if (phase === 3) {
      const marker = open.get(name)?.pop();
      if (marker) marker.end = end;
    } else out.push({ name, start, end: phase === 1 ? end : start, data });
  }
  return out;
}

/** Whether a marker's cause stack (captured when the flush was asked for) holds one of the extension's frames. */
function causedBy(marker: Marker, read: (stack: number | null) => { ours: boolean }): boolean {
  const cause = marker.data?.stack as { samples?: Table } | undefined;
  const rows = cause?.samples?.data ?? [];
  const stackCol = cause?.samples?.schema.stack ?? 0;
  return rows.some((row) => read((row[stackCol] as number | null) ?? null).ours);
}

function threadCost(thread: GeckoThread, profile: GeckoProfile, origin: string, windows: Window[], out: WindowCost[]) {
  const startTime = profile.meta.startTime;
  const idleCategory = (profile.meta.categories ?? []).findIndex((c) => c.name === 'Idle');
  const samples = samplesOf(thread, startTime, origin, idleCategory);
  const markers = markersOf(thread, startTime);
  const windowOf = (at: number) => windows.findIndex((w) => at >= w.start && at < w.end);

  for (const s of samples) {
    const k = s.ours ? windowOf(s.at) : -1;
    if (k >= 0) {
      (out[k] as WindowCost).extensionMs += s.ms;
      (out[k] as WindowCost).extensionCpuMs += s.cpuMs;
    }
  }

  const documentEvents = markers.filter(
    (m) => m.name === 'DOMEvent' && DOCUMENT_EVENTS.has(String(m.data?.eventType ?? '')),
  );
  const runs: Sample[][] = [];
  let run: Sample[] = [];
  const closeRun = () => {
    if (run.length > 0) runs.push(run);
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.some((s) => s.ours) && !run.some((s) => s.page || s.parsing)) {
      const end = last.at + last.ms;
      const k = windowOf(first.at);
      const duringDocumentEvent = documentEvents.some((m) => m.start < end && m.end >= first.at);
      if (k >= 0 && !duringDocumentEvent)
        (out[k] as WindowCost).longestTaskMs = Math.max((out[k] as WindowCost).longestTaskMs, end - first.at);
    }
    run = [];
  };
  for (const s of samples) {
    const previous = run[run.length - 1];
    if (s.idle || (previous && s.at - previous.at > RUN_GAP_MS)) closeRun();
    if (!s.idle) run.push(s);
  }
  closeRun();

  for (const [k, w] of windows.entries()) {
    const mark = markers.find(
      (m) => m.name === 'UserTiming' && m.data?.name === FACTS_MARK && m.start >= w.start && m.start < w.end,
    );
    const app = samples.find((x) => x.app && x.at >= w.start && x.at < w.end);
    if (!mark || !app) continue;
    // The page is read in timer runs, the last of which sends it to the background; the content script's next run
    // takes the answer, unless the app's injection (begun by the background with the answer) reaches the page first.
    const read = runs.findLast((r) => r[0]!.at >= w.start && r[0]!.at < app.at && r.some((x) => x.content && x.timer));
    const answer =
      read && runs.find((r) => r[0]!.at > read[0]!.at && r[0]!.at < mark.start && r.some((x) => x.content));
    if (answer) (out[k] as WindowCost).factsFromAnswerMs = mark.start - Math.min(answer[0]!.at, app.at);
  }

  const { read } = stackReader(thread, origin, idleCategory);
  for (const m of markers) {
    if (!isFlush(m, thread.stringTable) || !causedBy(m, read)) continue;
    const k = windowOf(m.start);
    if (k < 0) continue;
    (out[k] as WindowCost).forced.count++;
    (out[k] as WindowCost).forced.ms += Math.max(0, m.end - m.start);
  }
}

/**
 * The extension's cost on the main threads of web pages' processes (its content scripts), one per window. Its
 * background page runs in the WebExtensions process and is not counted: it does not hold up the page.
 */
export function extensionCostPerWindow(profile: GeckoProfile, extensionUuid: string, windows: Window[]): WindowCost[] {
  const out: WindowCost[] = windows.map(() => ({
    extensionMs: 0,
    extensionCpuMs: 0,
    longestTaskMs: 0,
    forced: { count: 0, ms: 0 },
    factsFromAnswerMs: null,
  }));
  const origin = `moz-extension://${extensionUuid}/`;
  const visit = (p: GeckoProfile) => {
    for (const thread of p.threads) {
      if (thread.name === 'GeckoMain' && thread.processName === 'Web Content')
        threadCost(thread, p, origin, windows, out);
    }
    for (const child of p.processes ?? []) visit(child);
  };
  visit(profile);
  return out;
}

/** Milliseconds of samples in the extension's scripts on web pages' main threads, one total per window. */
export function extensionMsPerWindow(profile: GeckoProfile, extensionUuid: string, windows: Window[]): number[] {
  return extensionCostPerWindow(profile, extensionUuid, windows).map((c) => c.extensionMs);
}
