// What `npm run bench:browser` prints: one JSON row per browser and page (`--json`, the shape other tools read),
// or a table with the details behind them.
import { loadavg } from 'node:os';

/** One row of `--json`. Fields are added, never renamed or dropped. */
export interface Row {
  browser: string;
  page: string;
  runs: number;
  loadMs: { with: number; without: number };
  extensionMainThreadMs: number | null;
  ratio: number;
  /** The CPU time behind extensionMainThreadMs (chromium-trace.ts, gecko-profile.ts), median. */
  extensionCpuMs: number | null;
  /** PSS of the browser's whole process tree after the page settled, median with and without the extension. */
  memoryMB: { with: number; without: number };
  /** The longest main-thread task of Parallax's (chromium-trace.ts, gecko-profile.ts), median over profiled loads. */
  longestTaskMs: number | null;
  /** From the background's answer to the first fact on screen, median; null where none was shown. */
  firstFactsMs: number | null;
  /** From the page's load event to the first fact on screen (first-facts.ts), median, or null. */
  firstFactsFromLoadMs: number | null;
  /** Elements in the sidebar 1 s after load (median of the profiled loads), or null without a sidebar. */
  sidebarElements: number | null;
  /** Style recalculations and layouts Parallax's scripts forced, medians of count and time. */
  forcedStyleLayout: { count: number; ms: number } | null;
}

/** Everything else the table shows. */
export interface Detail {
  dclToLoad: { with: number; without: number };
  pssRatio: number;
  /** Median PSS by kind of process (memory.ts processKind), with and without. */
  pssByKind: { with: Record<string, number>; without: Record<string, number> };
  pageHeap: { with: number; without: number } | null;
  workerHeap: number | null;
  nodes: number;
  /** Profiled loads that showed a fact, of all. */
  factsShown: string;
}

const round = (x: number | null, digits = 1) => (x === null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

/** The rows as JSON on stdout. */
export function printJson(rows: (Row & { detail: Detail })[]): void {
  const out = rows.map(({ detail, ...row }) => ({
    ...row,
    loadMs: { with: round(row.loadMs.with), without: round(row.loadMs.without) },
    extensionMainThreadMs: round(row.extensionMainThreadMs),
    extensionCpuMs: round(row.extensionCpuMs),
    ratio: round(row.ratio, 3),
    memoryMB: { with: round(row.memoryMB.with), without: round(row.memoryMB.without) },
    longestTaskMs: round(row.longestTaskMs),
    firstFactsMs: round(row.firstFactsMs),
    firstFactsFromLoadMs: round(row.firstFactsFromLoadMs),
    forcedStyleLayout: row.forcedStyleLayout
      ? { count: row.forcedStyleLayout.count, ms: round(row.forcedStyleLayout.ms) }
      : null,
    memoryByProcessMB: {
      with: Object.fromEntries(Object.entries(detail.pssByKind.with).map(([k, v]) => [k, round(v)])),
      without: Object.fromEntries(Object.entries(detail.pssByKind.without).map(([k, v]) => [k, round(v)])),
    },
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

/** The processes whose PSS differs most with the extension: "extension +47.1, renderer +12.3". */
function pssDifferences(detail: Detail): string {
  const kinds = new Set([...Object.keys(detail.pssByKind.with), ...Object.keys(detail.pssByKind.without)]);
  return [...kinds]
    .map((k) => [k, (detail.pssByKind.with[k] ?? 0) - (detail.pssByKind.without[k] ?? 0)] as const)
    .filter(([, d]) => Math.abs(d) >= 1)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([k, d]) => `${k} ${d > 0 ? '+' : ''}${d.toFixed(1)}`)
    .join(', ');
}

/** The rows as a table on stdout, with how they were measured and the machine's load. */
export function printTable(
  rows: (Row & { detail: Detail })[],
  how: { runs: number; profileRuns: number; variant: string; loadBefore: number[] },
): void {
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
      'ext main-thread ms (CPU)',
      'longest task ms',
      'forced style+layout n / ms',
      'first facts ms (from answer / load)',
      'sidebar elements',
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
      r.extensionMainThreadMs === null ? '–' : `${round(r.extensionMainThreadMs)} (${round(r.extensionCpuMs) ?? '–'})`,
      r.longestTaskMs === null ? '–' : String(round(r.longestTaskMs)),
      r.forcedStyleLayout ? `${r.forcedStyleLayout.count} / ${round(r.forcedStyleLayout.ms)}` : '–',
      r.firstFactsMs === null && r.firstFactsFromLoadMs === null
        ? '–'
        : `${round(r.firstFactsMs) ?? '–'} / ${round(r.firstFactsFromLoadMs) ?? '–'} (${r.detail.factsShown})`,
      r.sidebarElements === null ? '–' : String(r.sidebarElements),
      `${round(r.memoryMB.with, 0)} / ${round(r.memoryMB.without, 0)}`,
      String(round(r.detail.pssRatio, 3)),
      r.detail.pageHeap ? `${round(r.detail.pageHeap.with, 2)} / ${round(r.detail.pageHeap.without, 2)}` : '–',
      r.detail.workerHeap === null ? '–' : String(round(r.detail.workerHeap, 2)),
    ]),
  ];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
  for (const row of table) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);
  process.stdout.write('\nPSS with − without, by process (MB, medians):\n');
  for (const r of rows) process.stdout.write(`  ${r.browser}, ${r.page}: ${pssDifferences(r.detail) || '–'}\n`);
  const loadAfter = loadavg();
  process.stdout.write(
    `\nmedians over ${how.runs} alternating runs per side; ratio = median of with/without pairs; ` +
      `ext main-thread, longest task, forced style+layout and first facts = medians over ${how.profileRuns} ` +
      "separate loads with the extension (first facts: from the background's answer and from the load event, " +
      'loads that showed one);\n' +
      (how.variant === 'built' ? '' : `content script: ${how.variant} (not the package as built)\n`) +
      `load average ${how.loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ` +
      `${loadAfter.map((x) => x.toFixed(1)).join(' ')} after (${navigator.hardwareConcurrency} cores)\n`,
  );
}
