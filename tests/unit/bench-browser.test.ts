// The arithmetic behind the browser bench and the long-task check: medians and pairwise ratios, main-thread
// accounting from a DevTools trace, and extension time from a Gecko profile, on small hand-made inputs.
import { describe, expect, test } from 'vitest';
import { extensionMsPerWindow } from '../../scripts/bench-browser/gecko-profile';
import { median, pairRatios } from '../../scripts/bench-browser/stats';
import { accountMainThread, longTasksCausedByExtension } from '../e2e/harness/main-thread';

describe('stats', () => {
  test('median of odd and even counts, NaN for none; ratios pair by pair', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(pairRatios([110, 90, 100], [100, 100, 0])).toEqual([1.1, 0.9]);
  });
});

// A renderer main thread (pid 1, tid 2) with one V8 profile sampled every millisecond.
const EXT = 'chrome-extension://abc/content-scripts/content.js';
function trace(tasks: { ts: number; dur: number; tdur?: number }[], samples: { at: number; node: number }[]) {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'pageCode', url: 'https://www.cnn.com/' } },
    { id: 3, parent: 1, callFrame: { functionName: 'check', url: EXT } },
    { id: 4, parent: 3, callFrame: { functionName: 'querySelector', url: '' } },
    { id: 5, parent: 1, callFrame: { functionName: 'other', url: 'chrome-extension://zzz/x.js' } },
  ];
  const times = samples.map((s) => s.at * 1000);
  return [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
    ...tasks.map((t) => ({
      name: 'RunTask',
      ph: 'X',
      pid: 1,
      tid: 2,
      ts: t.ts * 1000,
      dur: t.dur * 1000,
      tdur: (t.tdur ?? t.dur) * 1000,
    })),
    { name: 'Profile', ph: 'P', pid: 1, tid: 2, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 9,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: { nodes, samples: samples.map((s) => s.node) },
          timeDeltas: times.map((t, i) => t - (times[i - 1] ?? 0)),
        },
      },
    },
  ];
}
const every = (from: number, to: number, node: number) =>
  Array.from({ length: to - from }, (_, i) => ({ at: from + i, node }));

describe('main-thread accounting from a trace', () => {
  test('counts samples with the extension anywhere on the stack, only for the given extension', () => {
    const events = trace(
      [{ ts: 0, dur: 30 }],
      [...every(0, 10, 2), ...every(10, 20, 4), ...every(20, 30, 5), { at: 30, node: 1 }],
    );
    expect(accountMainThread(events, { extensionId: 'abc' }).extensionMs).toBe(10);
    expect(accountMainThread(events).extensionMs).toBe(20);
  });

  test("a long task is Parallax's when it would not be long without the extension's share", () => {
    // 80 ms, 60 of them the extension's: without it, 20 ms. 120 ms, 30 of them ours: 90 ms of the page's own.
    const events = trace(
      [
        { ts: 0, dur: 80 },
        { ts: 100, dur: 120 },
        { ts: 300, dur: 40 },
      ],
      [
        ...every(0, 20, 2),
        ...every(20, 80, 4),
        ...every(100, 190, 2),
        ...every(190, 220, 4),
        ...every(300, 340, 4),
        { at: 400, node: 1 },
      ],
    );
    const report = accountMainThread(events, { extensionId: 'abc' });
    expect(report.longTasks.map((t) => t.durationMs)).toEqual([80, 120]);
    expect(longTasksCausedByExtension(report).map((t) => t.durationMs)).toEqual([80]);
    expect(report.longestExtensionTask?.durationMs).toBe(120);
  });

  test('CPU time decides what is long: a task stretched by a busy machine is not', () => {
    const events = trace([{ ts: 0, dur: 90, tdur: 30 }], [...every(0, 90, 4), { at: 90, node: 1 }]);
    const report = accountMainThread(events, { extensionId: 'abc' });
    expect(report.longTasks).toEqual([]);
  });
});

describe('extension time from a Gecko profile', () => {
  const UUID = '5a1f0c3e';
  const thread = (processName: string, samples: [number, number][]) => ({
    name: 'GeckoMain',
    processName,
    samples: { schema: { stack: 0, time: 1 }, data: samples.map(([stack, time]) => [stack, time]) },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [0, 2],
      ],
    },
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2]] },
    stringTable: [
      '(root)',
      `k (moz-extension://${UUID}/content-scripts/content.js:1:20)`,
      'tick (https://www.cnn.com/:5:1)',
    ],
  });

  test("sums the content scripts' samples on web pages' main threads, per wall-clock window", () => {
    const content = thread('Web Content', [
      [1, 0],
      [1, 1],
      [2, 2],
      [1, 3],
      [0, 4],
      [1, 50],
      [1, 51],
      [0, 52],
    ]);
    const background = thread('WebExtensions', [
      [1, 0],
      [1, 1],
      [0, 2],
    ]);
    const profile = {
      meta: { startTime: 1000 },
      threads: [],
      processes: [
        { meta: { startTime: 1000 }, threads: [content] },
        { meta: { startTime: 1000 }, threads: [background] },
      ],
    };
    expect(
      extensionMsPerWindow(profile, UUID, [
        { start: 1000, end: 1010 },
        { start: 1040, end: 1060 },
        { start: 2000, end: 3000 },
      ]),
    ).toEqual([3, 2, 0]);
    expect(extensionMsPerWindow(profile, 'another', [{ start: 1000, end: 1010 }])).toEqual([0]);
  });
});
