// `npm run bench:browser [-- --json] [-- --runs N] [-- --browser chromium|firefox] [-- --content-script VARIANT]`:
// the cost of the built extension in real Chromium and Firefox (VARIANT, scripts/bench-browser/variant.ts: the
// same package with its content script emptied or run at another time). For each browser and page (an ordinary
// 5,000-node front page, an
// ordinary article, the story article, all on www.cnn.com), two browsers (with and without the extension)
// load the page in alternating runs; then a separate browser with the extension attributes main-thread time
// to its scripts. Figures are printed, never asserted; a busy machine makes them noisy (load average shown).
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { browserLabel } from '../tests/e2e/harness/browsers';
import { startFixtureServer } from '../tests/e2e/harness/server';
import type { BrowserKind } from '../tests/e2e/harness/session';
import { buildDirs, requireBuild } from '../tests/e2e/harness/sites';
import { launchBench } from './bench-browser/browsers';
import { preparePages } from './bench-browser/pages';
import { chromiumExtensionMs, firefoxExtensionMs, firefoxWindows, type RunResult, runOnce } from './bench-browser/runs';
import { median, pairRatios } from './bench-browser/stats';
import { CONTENT_SCRIPT_VARIANTS, type ContentScriptVariant, packageFor } from './bench-browser/variant';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '10' },
    'profile-runs': { type: 'string', default: '5' },
    browser: { type: 'string', multiple: true },
    'content-script': { type: 'string', default: 'built' },
  },
});
const runs = Math.max(1, Number(args.runs));
const profileRuns = Math.max(1, Number(args['profile-runs']));
const kinds = (args.browser?.length ? args.browser : ['chromium', 'firefox']) as BrowserKind[];
const log = (line: string) => process.stderr.write(`${line}\n`);
const variant = args['content-script'] as ContentScriptVariant;
if (!CONTENT_SCRIPT_VARIANTS.includes(variant)) {
  process.stderr.write(`--content-script must be one of ${CONTENT_SCRIPT_VARIANTS.join(', ')}\n`);
  process.exit(2);
}

/** One row of `--json`: the shape other tools read. */
interface Row {
  browser: string;
  page: string;
  runs: number;
  loadMs: { with: number; without: number };
  extensionMainThreadMs: number | null;
  ratio: number;
}

/** Everything else the text report shows. */
interface Detail {
  dclToLoad: { with: number; without: number };
  pss: { with: number; without: number; ratio: number };
  pageHeap: { with: number; without: number } | null;
  workerHeap: number | null;
  nodes: number;
}

for (const kind of kinds) requireBuild(buildDirs[kind]);
const packages = new Map(kinds.map((kind) => [kind, packageFor(buildDirs[kind], variant)]));
if (variant !== 'built') log(`content script: ${variant} (a changed copy of the built package)`);
const { dir, pages } = preparePages();
const server = await startFixtureServer(
  pages.map((p) => p.site),
  dir,
);
const loadBefore = loadavg();
const rows: (Row & { detail: Detail })[] = [];
try {
  for (const kind of kinds) {
    const label = browserLabel(kind);
    const withExt = await launchBench(kind, server, true, undefined, packages.get(kind));
    const without = await launchBench(kind, server, false);
    const results = new Map<string, { with: RunResult[]; without: RunResult[] }>();
    try {
      for (const page of pages) {
        log(`${label}: ${page.name}, ${runs} runs with and without the extension…`);
        // One load each first, not counted: caches, compilers and the extension's first start.
        await runOnce(withExt, page);
        await runOnce(without, page);
        const r = { with: [] as RunResult[], without: [] as RunResult[] };
        for (let i = 0; i < runs; i++) {
          // Alternate which goes first, so a drift in the machine's load falls on both sides alike.
          const order = i % 2 === 0 ? [withExt, without] : [without, withExt];
          for (const b of order) (b.withExtension ? r.with : r.without).push(await runOnce(b, page));
        }
        results.set(page.name, r);
      }
    } finally {
      await withExt.close();
      await without.close();
    }

    log(`${label}: attributing main-thread time to the extension (${profileRuns} loads per page)…`);
    const extensionMs = new Map<string, number[]>();
    if (kind === 'chromium') {
      const traced = await launchBench(kind, server, true, undefined, packages.get(kind));
      try {
        for (const page of pages) extensionMs.set(page.name, await chromiumExtensionMs(traced, page, profileRuns));
      } finally {
        await traced.close();
      }
    } else {
      const profilePath = join(dir, 'firefox-profile.json');
      const profiled = await launchBench(kind, server, true, profilePath, packages.get(kind));
      let windows: Awaited<ReturnType<typeof firefoxWindows>>;
      try {
        windows = await firefoxWindows(profiled, pages, profileRuns);
      } finally {
        await profiled.close();
      }
      for (const [name, ms] of await firefoxExtensionMs(profilePath, windows)) extensionMs.set(name, ms);
    }

    for (const page of pages) {
      const r = results.get(page.name) as { with: RunResult[]; without: RunResult[] };
      const heaps = (list: RunResult[]) => list.map((x) => x.pageHeapMB).filter((x): x is number => x !== null);
      const workers = r.with.map((x) => x.workerHeapMB).filter((x): x is number => x !== null);
      const ms = extensionMs.get(page.name) ?? [];
      rows.push({
        browser: label,
        page: page.name,
        runs,
        loadMs: { with: median(r.with.map((x) => x.loadMs)), without: median(r.without.map((x) => x.loadMs)) },
        extensionMainThreadMs: ms.length ? median(ms) : null,
        ratio: median(
          pairRatios(
            r.with.map((x) => x.loadMs),
            r.without.map((x) => x.loadMs),
          ),
        ),
        detail: {
          dclToLoad: {
            with: median(r.with.map((x) => x.dclToLoadMs)),
            without: median(r.without.map((x) => x.dclToLoadMs)),
          },
          pss: {
            with: median(r.with.map((x) => x.pssMB)),
            without: median(r.without.map((x) => x.pssMB)),
            ratio: median(
              pairRatios(
                r.with.map((x) => x.pssMB),
                r.without.map((x) => x.pssMB),
              ),
            ),
          },
          pageHeap: kind === 'chromium' ? { with: median(heaps(r.with)), without: median(heaps(r.without)) } : null,
          workerHeap: workers.length ? median(workers) : null,
          nodes: median(r.without.map((x) => x.nodes)),
        },
      });
    }
  }
} finally {
  await server.close();
  for (const [kind, dir] of packages) if (dir !== buildDirs[kind]) rmSync(dir, { recursive: true, force: true });
}

const round = (x: number | null, digits = 1) => (x === null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));
if (args.json) {
  const out = rows.map(({ detail: _, ...row }) => ({
    ...row,
    loadMs: { with: round(row.loadMs.with), without: round(row.loadMs.without) },
    extensionMainThreadMs: round(row.extensionMainThreadMs),
    ratio: round(row.ratio, 3),
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const table = [
    [
      'browser',
      'page',
      'nodes',
      'runs',
      'load with ms',
      'load without ms',
      'ratio',
      'DCL→load with/without ms',
      'ext main-thread ms',
      'PSS with/without MB',
      'PSS ratio',
      'page heap with/without MB',
      'worker heap MB',
    ],
    ...rows.map((r) => [
      r.browser,
      r.page,
      String(r.detail.nodes),
      String(r.runs),
      String(round(r.loadMs.with)),
      String(round(r.loadMs.without)),
      String(round(r.ratio, 3)),
      `${round(r.detail.dclToLoad.with)} / ${round(r.detail.dclToLoad.without)}`,
      r.extensionMainThreadMs === null ? '–' : String(round(r.extensionMainThreadMs)),
      `${round(r.detail.pss.with, 0)} / ${round(r.detail.pss.without, 0)}`,
      String(round(r.detail.pss.ratio, 3)),
      r.detail.pageHeap ? `${round(r.detail.pageHeap.with, 2)} / ${round(r.detail.pageHeap.without, 2)}` : '–',
      r.detail.workerHeap === null ? '–' : String(round(r.detail.workerHeap, 2)),
    ]),
  ];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
  for (const row of table) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);
  const loadAfter = loadavg();
  process.stdout.write(
    `\nmedians over ${runs} alternating runs per side; ratio = median of with/without pairs; ` +
      `ext main-thread = median over ${profileRuns} separate loads with the extension;\n` +
      (variant === 'built' ? '' : `content script: ${variant} (not the package as built)\n`) +
      `load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(1)).join(' ')} after (${navigator.hardwareConcurrency} cores)\n`,
  );
}
