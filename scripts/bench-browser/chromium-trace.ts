// What one traced Chromium load cost the page's main thread on Parallax's account: sampled time in its scripts (the
// accounting of tests/e2e/harness/main-thread.ts), the longest task it ran, the style and layout its scripts forced
// (a recalculation or layout inside one of its script calls, rather than in the frame's own update), and the time
// from the background's answer to the first fact on screen.
import type { Page } from 'puppeteer-core';
import {
  accountMainThread,
  forEachSample,
  onStack,
  rendererMainThreads,
  TRACE_CATEGORIES,
  type TraceEvent,
} from '../../tests/e2e/harness/main-thread';
import { FACTS_MARK } from './first-facts';

/** The harness's categories, and the timeline's script calls, style recalculations, layouts and page events. */
export const BENCH_TRACE_CATEGORIES = [...TRACE_CATEGORIES, 'devtools.timeline'];

/** The cost of one load on Parallax's account. */
export interface TraceCost {
  /** Sampled main-thread time with one of Parallax's scripts on the stack. */
  extensionMs: number;
  /**
   * Thread CPU time of the tasks Parallax's scripts ran in, each in the share of its wall time that its samples
   * had Parallax on the stack: what a busy machine, which stretches wall time, does not inflate.
   */
  extensionCpuMs: number;
  /** Wall time of the longest task of Parallax's (see `parallaxTasks`); 0 when none ran. */
  longestTaskMs: number;
  /** Style recalculations and layouts run inside Parallax's script calls, and their wall time. */
  forced: { count: number; ms: number };
  /** From the background's answer reaching the page to the first fact on screen; null when no fact was shown. */
  factsFromAnswerMs: number | null;
}

// Script entry points of the timeline: what a forced style or layout is nested in.
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);
// The document's own life: its parsing and its load event; a task holding one of these is the page's.
const DOCUMENT_EVENTS = new Set(['ParseHTML', 'MarkLoad', 'MarkDOMContent']);

/** Starts tracing a tab with the bench's categories (call before it navigates). */
export async function startBenchTrace(tab: Page): Promise<void> {
  await tab.tracing.start({ categories: BENCH_TRACE_CATEGORIES });
}

/** Stops tracing and accounts for Parallax's share of the renderer main threads. */
export async function stopBenchTrace(tab: Page, extensionId: string): Promise<TraceCost> {
  const buffer = await tab.tracing.stop();
  const { traceEvents } = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  return traceCost(traceEvents, extensionId);
}

const within = (inner: TraceEvent, outer: TraceEvent) =>
  inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/**
 * The accounting over parsed events. A task is Parallax's when its scripts ran in it and the page's own did not,
 * and the task holds no parsing or load event of the document: the script declared at document_start runs inside
 * the page's parsing, and a load listener inside the page's load event, and those tasks stay the page's. A frame
 * whose update follows a change Parallax made (its sidebar appearing, a batch of cards) is Parallax's.
 */
export function traceCost(events: TraceEvent[], extensionId: string): TraceCost {
  const ours = `chrome-extension://${extensionId}/`;
  const report = accountMainThread(events, { extensionId, longTaskMs: 0 });
  const mainThreads = rendererMainThreads(events);
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  const complete = onMain.filter((e) => e.ph === 'X');
  const scripts = complete.filter((e) => SCRIPT_EVENTS.has(e.name) && e.args?.data?.url);
  const isOurs = (e: TraceEvent) => (e.args?.data?.url ?? '').startsWith(ours);
  const isPage = (e: TraceEvent) => /^https?:/.test(e.args?.data?.url ?? '');

  let longestTaskMs = 0;
  let extensionCpuMs = 0;
  for (const task of report.longTasks) {
    if (task.extensionMs <= 0) continue;
    if (task.durationMs > 0) extensionCpuMs += task.cpuMs * Math.min(1, task.extensionMs / task.durationMs);
    const span = { ts: task.startMs * 1000, dur: task.durationMs * 1000 } as TraceEvent;
    const inTask = onMain.filter((e) => e.ts >= span.ts && e.ts < span.ts + (span.dur ?? 0));
    if (
      inTask.some((e) => DOCUMENT_EVENTS.has(e.name) || (e.name === 'EventDispatch' && e.args?.data?.type === 'load'))
    )
      continue;
    if (inTask.some((e) => SCRIPT_EVENTS.has(e.name) && isPage(e))) continue;
    longestTaskMs = Math.max(longestTaskMs, task.durationMs);
  }

  const forced = { count: 0, ms: 0 };
  for (const e of complete) {
    if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
    // The innermost script call around the recalculation decides whose it is.
    const around = scripts.filter((s) => s.pid === e.pid && s.tid === e.tid && within(e, s));
    const innermost = around.sort((a, b) => (a.dur ?? 0) - (b.dur ?? 0))[0];
    if (innermost && isOurs(innermost)) {
      forced.count++;
      forced.ms += (e.dur ?? 0) / 1000;
    }
  }
  return {
    extensionMs: report.extensionMs,
    extensionCpuMs,
    longestTaskMs,
    forced,
    factsFromAnswerMs: factsFromAnswer(events, ours),
  };
}

/** Times (trace microseconds) of the samples on renderer main threads whose stack holds a frame of `url`. */
function samplesIn(events: TraceEvent[], mainThreads: Set<string>, url: string): number[] {
  const times: number[] = [];
  forEachSample(events, (profile, id, time) => {
    if (mainThreads.has(profile.thread) && onStack(profile, id, (u) => u === url)) times.push(time);
  });
  return times.sort((a, b) => a - b);
}

/**
 * From the background's answer to the first fact on screen (the page's mark, first-facts.ts). The content script reads
 * the page in timer tasks before the app is injected, the last of which sends it to the background; the answer is
 * its next task, which takes the answer and asks for the app, or the app's injection when that comes first (the
 * background begins it with the answer). Null when the trace has no such task or no mark.
 */
function factsFromAnswer(events: TraceEvent[], ours: string): number | null {
  const mainThreads = rendererMainThreads(events);
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === FACTS_MARK && onMain(e));
  const evaluated = (file: string) =>
    events
      .filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url === `${ours}${file}` && onMain(e))
      .sort((a, b) => a.ts - b.ts)[0];
  const content = evaluated('content-scripts/content.js');
  const app = evaluated('sidebar-app.js');
  if (!mark || !content || !app) return null;
  const after = content.ts + (content.dur ?? 0);
  const samples = samplesIn(events, mainThreads, `${ours}content-scripts/content.js`);
  const timers = events.filter((e) => e.name === 'TimerFire' && e.ph === 'X' && onMain(e) && e.ts < app.ts);
  const read = timers
    .filter((e) => e.ts >= after && samples.some((t) => t >= e.ts && t < e.ts + (e.dur ?? 0)))
    .sort((a, b) => a.ts - b.ts)
    .at(-1);
  if (!read) return null;
  const taken = samples.find((t) => t >= read.ts + (read.dur ?? 0) && t < mark.ts);
  if (taken === undefined) return null;
  const task = events.find(
    (e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && e.ts <= taken && taken < e.ts + (e.dur ?? 0),
  );
  // The app's injection, begun with the answer, may reach the page before the answer does: whichever comes first.
  return (mark.ts - Math.min(task?.ts ?? taken, app.ts)) / 1000;
}
