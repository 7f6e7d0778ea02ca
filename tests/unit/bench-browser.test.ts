// The arithmetic behind the browser bench and the long-task check: medians and pairwise ratios, main-thread
// accounting from a DevTools trace, and extension time from a Gecko profile, on small hand-made inputs; Parallax's
// longest task, its forced layouts and the time to its first facts in both; memory by kind of process; and what
// both bench commands refuse before running anything.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { traceCost } from '../../scripts/bench-browser/chromium-trace';
import { FACTS_MARK } from '../../scripts/bench-browser/first-facts';
import { extensionCostPerWindow, extensionMsPerWindow } from '../../scripts/bench-browser/gecko-profile';
import { processKind } from '../../scripts/bench-browser/memory';
import { median, medianByKey, pairRatios } from '../../scripts/bench-browser/stats';
import { accountMainThread, longTasksCausedByExtension } from '../e2e/harness/main-thread';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

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

describe("Parallax's tasks, forced layouts and first facts in a Chromium trace", () => {
  const ID = 'abc';
  const URL = `chrome-extension://${ID}/`;
  const T = (name: string, ts: number, dur: number, data: Record<string, unknown> = {}) => ({
    name,
    ph: 'X',
    pid: 1,
    tid: 2,
    ts: ts * 1000,
    dur: dur * 1000,
    args: { data },
  });
  // The harness's trace (RunTask and samples: node 3 is content.js, node 5 the app), with timeline events added.
  function events(extra: ReturnType<typeof T>[], samples: { at: number; node: number }[], tasks: [number, number][]) {
    const nodes = [
      { id: 1, callFrame: { functionName: '(root)', url: '' } },
      { id: 2, parent: 1, callFrame: { functionName: 'pageCode', url: 'https://www.cnn.com/' } },
      { id: 3, parent: 1, callFrame: { functionName: 'check', url: `${URL}content-scripts/content.js` } },
      { id: 5, parent: 1, callFrame: { functionName: 'mount', url: `${URL}sidebar-app.js` } },
    ];
    const times = samples.map((s) => s.at * 1000);
    return [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
      ...tasks.map(([ts, dur]) => T('RunTask', ts, dur)),
      ...extra,
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

  test('the longest task is one Parallax ran alone: not the page parsing, nor the page scripts it joined', () => {
    const trace = events(
      [
        T('ParseHTML', 1, 5),
        T('FunctionCall', 300, 20, { url: 'https://www.cnn.com/' }),
        T('EvaluateScript', 100, 30, { url: `${URL}content-scripts/content.js` }),
      ],
      [...every(0, 90, 3), ...every(100, 130, 3), ...every(300, 310, 3), ...every(310, 330, 2), { at: 400, node: 1 }],
      [
        [0, 90],
        [100, 40],
        [300, 60],
      ],
    );
    const cost = traceCost(trace as never, ID);
    expect(cost.longestTaskMs).toBe(40);
    // CPU time in Parallax's share of each task it ran in (here CPU time equals wall time): all 90 of the first, 39
    // of the second (its last sample stands for 10 ms), 10 of the third.
    expect(cost.extensionCpuMs).toBeCloseTo(139);
  });

  test('a layout inside one of its script calls is forced; one in the frame’s own update is not', () => {
    const trace = events(
      [
        T('FunctionCall', 100, 20, { url: `${URL}sidebar-app.js` }),
        T('Layout', 105, 4),
        T('UpdateLayoutTree', 150, 3),
        T('FunctionCall', 200, 20, { url: 'https://www.cnn.com/' }),
        T('Layout', 205, 6),
      ],
      [
        { at: 100, node: 5 },
        { at: 250, node: 1 },
      ],
      [[100, 120]],
    );
    expect(traceCost(trace as never, ID).forced).toEqual({ count: 1, ms: 4 });
  });

  /**
   * A story article's load: the content script evaluated (100–120 ms) and reading the page in a timer task that sends
   * it (200–210), the answer taken in a task at `answer`, the app evaluated at `app`, the first facts' mark at 330.
   */
  function loadTrace(answer: number, app: number) {
    return events(
      [
        T('EvaluateScript', 100, 20, { url: `${URL}content-scripts/content.js` }),
        T('TimerFire', 200, 10),
        T('EvaluateScript', app, 10, { url: `${URL}sidebar-app.js` }),
        { ...T('TimeStamp', 330, 0, { message: FACTS_MARK }), ph: 'I' },
      ],
      [
        ...every(100, 120, 3),
        ...every(200, 210, 3),
        ...every(answer + 1, answer + 4, 3),
        ...every(app, app + 10, 5),
        ...every(280, 300, 5),
        { at: 400, node: 1 },
      ],
      [
        [100, 20],
        [200, 10],
        [answer, 5],
        [app, 10],
        [280, 20],
      ],
    );
  }

  test('first facts count from the task in which the content script took the answer to the page’s mark', () => {
    const trace = loadTrace(248, 260);
    expect(traceCost(trace as never, ID).factsFromAnswerMs).toBe(82);
    const noMark = trace.filter((e) => e.name !== 'TimeStamp');
    expect(traceCost(noMark as never, ID).factsFromAnswerMs).toBeNull();
  });

  test('an app injected before the content script took the answer (begun with it) counts from the injection', () => {
    expect(traceCost(loadTrace(255, 240) as never, ID).factsFromAnswerMs).toBe(90);
  });
});

describe('runs of work, forced flushes and first facts in a Gecko profile', () => {
  const UUID = '5a1f0c3e';
  const EXT = `moz-extension://${UUID}/`;
  // Stacks: 0 idle, 1 content.js, 2 the page's script, 3 the app, 4 the app under the parser (never ours alone),
  // 5 a timer, 6 content.js run from a timer.
  function profile(samples: [number, number, number][], markers: unknown[][]) {
    return {
      meta: { startTime: 1000, categories: [{ name: 'Idle' }, { name: 'JavaScript' }] },
      threads: [],
      processes: [
        {
          meta: { startTime: 1000, categories: [{ name: 'Idle' }, { name: 'JavaScript' }] },
          threads: [
            {
              name: 'GeckoMain',
              processName: 'Web Content',
              samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: samples },
              stackTable: {
                schema: { prefix: 0, frame: 1 },
                data: [
                  [null, 0],
                  [null, 1],
                  [null, 2],
                  [null, 3],
                  [null, 4],
                  [null, 5],
                  [5, 1],
                ],
              },
              frameTable: {
                schema: { location: 0, category: 1 },
                data: [
                  [0, 0],
                  [1, 1],
                  [2, 1],
                  [3, 1],
                  [4, 1],
                  [7, 1],
                ],
              },
              stringTable: [
                '(root)',
                `check (${EXT}content-scripts/content.js:1:20)`,
                'tick (https://www.cnn.com/:5:1)',
                `mount (${EXT}sidebar-app.js:1:20)`,
                'nsHtml5TreeOpExecutor::RunFlushLoop',
                'Reflow (sync)',
                'UserTiming',
                'setTimeout handler',
              ],
              markers: { schema: { name: 0, startTime: 1, endTime: 2, phase: 3, data: 4 }, data: markers },
            },
          ],
        },
      ],
    };
  }
  // A sample a millisecond, half of it on the CPU (the profile gives nanoseconds).
  const run = (from: number, to: number, stack: number): [number, number, number][] =>
    Array.from({ length: to - from }, (_, i) => [stack, from + i, 500_000]);

  test('the longest run of its work, a flush caused from its frames, and first facts from the answer', () => {
    const p = profile(
      [
        ...run(0, 20, 6), // the content script's first look, from a timer
        ...run(20, 30, 0),
        ...run(30, 34, 2), // the page's own script
        ...run(40, 45, 1), // the answer taken
        ...run(45, 50, 0),
        ...run(50, 80, 3), // the app: 30 ms in one run
        ...run(80, 90, 0),
      ],
      [
        [5, 55, null, 2, { stack: { samples: { schema: { stack: 0 }, data: [[3]] } } }],
        [5, null, 58, 3, null],
        [5, 62, null, 2, { stack: { samples: { schema: { stack: 0 }, data: [[2]] } } }],
        [5, null, 63, 3, null],
        [6, 85, null, 0, { name: FACTS_MARK }],
      ],
    );
    const [cost] = extensionCostPerWindow(p, UUID, [{ start: 1000, end: 1100 }]);
    expect(cost).toEqual({
      extensionMs: 55,
      extensionCpuMs: 27.5,
      longestTaskMs: 30,
      forced: { count: 1, ms: 3 },
      factsFromAnswerMs: 45,
    });
  });

  test('first facts from the app’s injection when it comes before the answer is taken (begun with the answer)', () => {
    const p = profile(
      [
        ...run(0, 20, 6), // the page read, from a timer
        ...run(20, 30, 0),
        ...run(30, 38, 3), // the app's evaluation
        ...run(38, 45, 0),
        ...run(45, 48, 1), // the answer taken
        ...run(48, 50, 0),
        ...run(50, 80, 3),
        ...run(80, 90, 0),
      ],
      [[6, 85, null, 0, { name: FACTS_MARK }]],
    );
    const [cost] = extensionCostPerWindow(p, UUID, [{ start: 1000, end: 1100 }]);
    expect(cost?.factsFromAnswerMs).toBe(55);
  });
});
describe('memory by process and medians by key', () => {
  test("Chromium's --type (an extension process apart), Firefox's process names, the browser process", () => {
    expect(processKind(['/usr/lib/chromium/chromium', '--type=renderer', '--extension-process'], 'chromium')).toBe(
      'extension',
    );
    expect(processKind(['/usr/lib/chromium/chromium', '--type=renderer'], 'chromium')).toBe('renderer');
    expect(processKind(['/usr/lib/chromium/chromium', '--headless=new'], 'chromium')).toBe('browser');
    expect(processKind(['/usr/lib/firefox-esr/firefox-esr', '-contentproc', 'tab'], 'WebExtensions')).toBe(
      'WebExtensions',
    );
    expect(processKind(['/usr/lib/firefox-esr/firefox-esr', '--remote-debugging-port=0'], 'firefox-esr')).toBe(
      'browser',
    );
  });

  test('a key missing from a record counts as 0', () => {
    expect(medianByKey([{ a: 1, b: 4 }, { a: 3 }, { a: 2, b: 2 }])).toEqual({ a: 2, b: 2 });
  });
});

describe('npm run bench:browser: what it refuses before starting a browser', () => {
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
  const bench = (...args: string[]) =>
    spawnSync(process.execPath, [tsx, join(REPO_ROOT, 'scripts/bench-browser.ts'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  test('an unknown browser, page or option, a count that is no whole number: the reason and the usage, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--browser', 'safari'], /^--browser must be chromium or firefox, not "safari"/],
      [['--page', 'home'], /^--page must be front, ordinary, story or report/],
      [['--runs', '0'], /^--runs takes a whole number, 1 or more/],
      [['--profile-runs', 'two'], /^--profile-runs takes a whole number, 1 or more/],
      [['--bogus'], /^Unknown option '--bogus'/],
    ];
    for (const [args, reason] of cases) {
      const r = bench(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).toMatch(/\nusage: npm run bench:browser/);
    }
  }, 120_000);
});

describe('npm run bench: what it refuses before running a module', () => {
  test('an unknown option or module: the reason, the usage and the modules there are, exit 2', () => {
    const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
    for (const [arg, reason] of [
      ['--bogus', /^unknown option --bogus\n/],
      ['nosuch', /^no bench module named nosuch\n/],
    ] as const) {
      const r = spawnSync(process.execPath, [tsx, join(REPO_ROOT, 'scripts/bench.ts'), arg], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, arg).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).toMatch(/usage: npm run bench .*modules: .*scale/);
    }
  }, 60_000);
});
