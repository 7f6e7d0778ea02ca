// `npm run bench:browser [-- --json] [-- --runs N] [-- --browser chromium|firefox]
// [-- --page front|ordinary|story|report] [-- --content-script VARIANT]`:
// the cost of the built extension in real Chromium and Firefox (VARIANT, scripts/bench-browser/variant.ts: the
// same package with its content script emptied or run at another time). For each browser and page (an ordinary
// 5,000-node front page, an ordinary article and the story article on www.cnn.com, another outlet's report of the
// story on www.france24.com), two browsers (with and without the extension)
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
import { BENCH_PAGE_NAMES, preparePages } from './bench-browser/pages';
import { type Detail, printJson, printTable, type Row } from './bench-browser/report';
import {
  chromiumProfiledLoads,
  firefoxProfiledLoads,
  firefoxWindows,
  type ProfiledLoad,
  type RunResult,
  runOnce,
} from './bench-browser/runs';
import { median, medianByKey, pairRatios } from './bench-browser/stats';
import { CONTENT_SCRIPT_VARIANTS, type ContentScriptVariant, packageFor } from './bench-browser/variant';

const USAGE =
  'usage: npm run bench:browser [-- --json] [--runs N] [--profile-runs N] [--browser chromium|firefox]… ' +
  '[--page front|ordinary|story|report]… [--content-script VARIANT]';

function refuse(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        runs: { type: 'string', default: '10' },
        'profile-runs': { type: 'string', default: '5' },
        browser: { type: 'string', multiple: true },
        page: { type: 'string', multiple: true },
        'content-script': { type: 'string', default: 'built' },
      },
    }).values;
  } catch (error) {
    return refuse((error as Error).message);
  }
}

// A count of loads: a whole number, 1 or more.
function count(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) refuse(`--${option} takes a whole number, 1 or more`);
  return Number(value);
}

const args = readArgs();
const runs = count('runs', args.runs);
const profileRuns = count('profile-runs', args['profile-runs']);
const kinds = (args.browser?.length ? args.browser : ['chromium', 'firefox']) as BrowserKind[];
for (const kind of kinds) if (!(kind in buildDirs)) refuse(`--browser must be chromium or firefox, not "${kind}"`);
const log = (line: string) => process.stderr.write(`${line}\n`);
const variant = args['content-script'] as ContentScriptVariant;
if (!CONTENT_SCRIPT_VARIANTS.includes(variant))
  refuse(`--content-script must be one of ${CONTENT_SCRIPT_VARIANTS.join(', ')}`);

// `--page story` (or front, ordinary, report): only the pages whose name starts with it.
const wanted = (name: string) => !args.page?.length || args.page.some((w) => name.startsWith(w));
if (args.page?.some((w) => !BENCH_PAGE_NAMES.some((name) => name.startsWith(w))))
  refuse('--page must be front, ordinary, story or report');

for (const kind of kinds) {
  try {
    requireBuild(buildDirs[kind]);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}
const packages = new Map(kinds.map((kind) => [kind, packageFor(buildDirs[kind], variant)]));
if (variant !== 'built') log(`content script: ${variant} (a changed copy of the built package)`);
const prepared = preparePages();
const { dir } = prepared;
const pages = prepared.pages.filter((p) => wanted(p.name));
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
    const profiledLoads = new Map<string, ProfiledLoad[]>();
    if (kind === 'chromium') {
      const traced = await launchBench(kind, server, true, undefined, packages.get(kind));
      try {
        for (const page of pages) profiledLoads.set(page.name, await chromiumProfiledLoads(traced, page, profileRuns));
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
      for (const [name, loads] of await firefoxProfiledLoads(profilePath, windows)) profiledLoads.set(name, loads);
    }

    for (const page of pages) {
      const r = results.get(page.name) as { with: RunResult[]; without: RunResult[] };
      const heaps = (list: RunResult[]) => list.map((x) => x.pageHeapMB).filter((x): x is number => x !== null);
      const workers = r.with.map((x) => x.workerHeapMB).filter((x): x is number => x !== null);
      const loads = profiledLoads.get(page.name) ?? [];
      const of = (pick: (l: ProfiledLoad) => number | null) => {
        const values = loads.map(pick).filter((x): x is number => x !== null);
        return values.length ? median(values) : null;
      };
      const facts = loads.map((l) => l.factsFromAnswerMs).filter((x): x is number => x !== null);
      const pssWith = median(r.with.map((x) => x.pssMB));
      const pssWithout = median(r.without.map((x) => x.pssMB));
      const detail: Detail = {
        dclToLoad: {
          with: median(r.with.map((x) => x.dclToLoadMs)),
          without: median(r.without.map((x) => x.dclToLoadMs)),
        },
        pssRatio: median(
          pairRatios(
            r.with.map((x) => x.pssMB),
            r.without.map((x) => x.pssMB),
          ),
        ),
        pssByKind: {
          with: medianByKey(r.with.map((x) => x.pssByKindMB)),
          without: medianByKey(r.without.map((x) => x.pssByKindMB)),
        },
        pageHeap: kind === 'chromium' ? { with: median(heaps(r.with)), without: median(heaps(r.without)) } : null,
        workerHeap: workers.length ? median(workers) : null,
        nodes: median(r.without.map((x) => x.nodes)),
        factsShown: `${facts.length}/${loads.length}`,
      };
      rows.push({
        browser: label,
        page: page.name,
        runs,
        loadMs: { with: median(r.with.map((x) => x.loadMs)), without: median(r.without.map((x) => x.loadMs)) },
        extensionMainThreadMs: of((l) => l.extensionMs),
        extensionCpuMs: of((l) => l.extensionCpuMs),
        sidebarElements: of((l) => l.sidebarElements),
        ratio: median(
          pairRatios(
            r.with.map((x) => x.loadMs),
            r.without.map((x) => x.loadMs),
          ),
        ),
        memoryMB: { with: pssWith, without: pssWithout },
        longestTaskMs: of((l) => l.longestTaskMs),
        firstFactsMs: facts.length ? median(facts) : null,
        firstFactsFromLoadMs: of((l) => l.firstFactsMs),
        forcedStyleLayout: loads.length
          ? { count: median(loads.map((l) => l.forced.count)), ms: median(loads.map((l) => l.forced.ms)) }
          : null,
        detail,
      });
    }
  }
} finally {
  await server.close();
  for (const [kind, dir] of packages) if (dir !== buildDirs[kind]) rmSync(dir, { recursive: true, force: true });
}

if (args.json) printJson(rows);
else printTable(rows, { runs, profileRuns, variant, loadBefore });
