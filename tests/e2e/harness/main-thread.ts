// Chromium main-thread accounting from a DevTools trace: the tasks renderer main threads ran, and how much of
// them was the extension's own JavaScript, from the V8 CPU samples the trace carries (a sample counts for the
// extension when any frame of its stack is a chrome-extension:// script).
import type { Page } from 'puppeteer-core';

/** Trace categories: the main thread's tasks (RunTask) and V8's sampling profiler, nothing more (traces are large). */
export const TRACE_CATEGORIES = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

/** A task of a renderer main thread and the extension's share of it. */
export interface MainThreadTask {
  startMs: number;
  /** Wall time. */
  durationMs: number;
  /** The thread's CPU time in the task (the trace's thread clock): what a busy machine does not inflate. */
  cpuMs: number;
  /** Sampled wall time with an extension script on the stack. */
  extensionMs: number;
}

/** What the extension cost the pages' main threads over a trace. */
export interface MainThreadReport {
  /** Sampled time with an extension script on the stack, on renderer main threads. */
  extensionMs: number;
  /** Sampled time of any JavaScript on renderer main threads. */
  scriptMs: number;
  /** Every task over `longTaskMs` of CPU time, with the extension's share. */
  longTasks: MainThreadTask[];
  /** The longest task that ran any extension code. */
  longestExtensionTask: MainThreadTask | null;
}

/** One event of a Chrome trace, as much of it as the accounting reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration of a complete event. */
  tdur?: number;
  id?: string;
  args?: { data?: { url?: string; type?: string; message?: string } & Record<string, unknown> } & Record<
    string,
    unknown
  >;
}

/** A node of a V8 CPU profile: its frame, and its parent's id. */
export interface CpuNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string; functionName?: string };
}

/** A thread's CPU profile as the trace's chunks build it: its nodes, and a memo for one question about them. */
export interface TraceProfile {
  thread: string;
  nodes: Map<number, CpuNode>;
  memo: Map<number, boolean>;
}

/** The renderer main threads of a trace, as "pid:tid". */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/**
 * Every CPU sample of a trace, in order, with its profile, node and time (trace microseconds): each Profile names
 * its thread and start, and its ProfileChunks add nodes, samples and time deltas.
 */
export function forEachSample(
  events: readonly TraceEvent[],
  visit: (profile: TraceProfile, id: number, time: number) => void,
): void {
  const profiles = new Map<string, TraceProfile & { time: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      const data = (e.args?.data ?? {}) as { startTime?: number };
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        time: data.startTime ?? e.ts,
        nodes: new Map(),
        memo: new Map(),
      });
    } else if (e.name === 'ProfileChunk' && e.id) {
      const profile = profiles.get(`${e.pid}:${e.id}`);
      if (!profile) continue;
      const data = (e.args?.data ?? {}) as {
        cpuProfile?: { nodes?: CpuNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((id, i) => {
        profile.time += deltas[i] ?? 0;
        visit(profile, id, profile.time);
      });
    }
  }
}

/** Whether a script URL belongs to the extension: to the one with `extensionId`, or to any when none is given. */
function extensionUrl(extensionId?: string): (url: string) => boolean {
  const prefix = extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://';
  return (url) => url.startsWith(prefix);
}

/** Starts tracing a tab (call before it navigates). */
export async function startMainThreadTrace(page: Page): Promise<void> {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
}

/** What counts: the extension (by id; any extension when omitted) and the length of a long task. */
export interface AccountOptions {
  extensionId?: string;
  longTaskMs?: number;
}

/** Stops tracing and accounts for the renderer main threads. */
export async function stopMainThreadTrace(page: Page, options: AccountOptions = {}): Promise<MainThreadReport> {
  const buffer = await page.tracing.stop();
  const { traceEvents } = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  return accountMainThread(traceEvents, options);
}

/** The accounting itself, over parsed trace events. */
export function accountMainThread(
  events: TraceEvent[],
  { extensionId, longTaskMs = 50 }: AccountOptions = {},
): MainThreadReport {
  const ours = extensionUrl(extensionId);
  const mainThreads = rendererMainThreads(events);
  const samples: { thread: string; ts: number; ms: number; extension: boolean; script: boolean }[] = [];
  forEachSample(events, (profile, id, time) =>
    samples.push({
      thread: profile.thread,
      ts: time,
      ms: 0,
      extension: onStack(profile, id, ours),
      script: isScript(profile, id),
    }),
  );
  // A sample stands for the time until the next sample of the same thread.
  const byThread = new Map<string, typeof samples>();
  for (const s of samples) {
    if (!mainThreads.has(s.thread)) continue;
    const list = byThread.get(s.thread);
    if (list) list.push(s);
    else byThread.set(s.thread, [s]);
  }
  let extensionMs = 0;
  let scriptMs = 0;
  const kept: typeof samples = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    list.forEach((s, i) => {
      const next = list[i + 1];
      // A gap of more than 10 ms means the thread was idle or the sampler paused: count one interval at most.
      s.ms = next ? Math.min(next.ts - s.ts, 10_000) / 1000 : 0;
      if (s.extension) extensionMs += s.ms;
      if (s.script) scriptMs += s.ms;
      kept.push(s);
    });
  }
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 0)
    .map((e): MainThreadTask & { thread: string; ts: number; end: number } => ({
      thread: `${e.pid}:${e.tid}`,
      ts: e.ts,
      end: e.ts + (e.dur ?? 0),
      startMs: e.ts / 1000,
      durationMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
      extensionMs: 0,
    }));
  const extensionSamples = kept.filter((s) => s.extension);
  for (const task of tasks) {
    for (const s of extensionSamples)
      if (s.thread === task.thread && s.ts >= task.ts && s.ts < task.end) task.extensionMs += s.ms;
  }
  const strip = ({ startMs, durationMs, cpuMs, extensionMs: ms }: MainThreadTask): MainThreadTask => ({
    startMs,
    durationMs,
    cpuMs,
    extensionMs: ms,
  });
  const withExtension = tasks.filter((t) => t.extensionMs > 0).sort((a, b) => b.durationMs - a.durationMs);
  return {
    extensionMs,
    scriptMs,
    longTasks: tasks.filter((t) => t.cpuMs > longTaskMs).map(strip),
    longestExtensionTask: withExtension[0] ? strip(withExtension[0]) : null,
  };
}

/** Whether a frame on the sample's stack is one `ours` names (remembered per node in the profile's memo). */
export function onStack(profile: TraceProfile, id: number, ours: (url: string) => boolean): boolean {
  const known = profile.memo.get(id);
  if (known !== undefined) return known;
  const node = profile.nodes.get(id);
  const value =
    !!node && (ours(node.callFrame?.url ?? '') || (node.parent !== undefined && onStack(profile, node.parent, ours)));
  profile.memo.set(id, value);
  return value;
}

// V8 marks samples outside JavaScript with these pseudo-frames.
const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function isScript(profile: TraceProfile, id: number): boolean {
  const node = profile.nodes.get(id);
  return !!node && !NOT_SCRIPT.has(node.callFrame?.functionName ?? '');
}

/**
 * Long tasks Parallax caused: over the limit in CPU time, and not over it without the extension's share (its
 * sampled share of the task's wall time, applied to the CPU time), so a page's own long task that Parallax
 * only joined does not count, and a busy machine stretching wall time does not either.
 */
export function longTasksCausedByExtension(report: MainThreadReport, limitMs = 50): MainThreadTask[] {
  return report.longTasks.filter((t) => {
    const share = t.durationMs > 0 ? Math.min(1, t.extensionMs / t.durationMs) : 0;
    return share > 0 && t.cpuMs * (1 - share) <= limitMs;
  });
}
