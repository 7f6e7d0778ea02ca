// `npm run bench [-- --json] [MODULE...]`: runs every module in scripts/bench/ (each default-exports a function
// returning figures), then prints the figures as tables, or with --json only this object on stdout:
//   {"scale":{"1000":{…},"10000":{…},"100000":{…}},"serviceWorkerWakeMs":…,"compare":{"fiveReportsMs",…},
//    "figures":[{module,name,value,unit,…}]}
// Progress goes to stderr. Figures are reported, never asserted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchOutput, BenchResult, ScaleFigures } from './bench/types';

const dir = join(import.meta.dirname, 'bench');
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
// Helpers of other modules export no default function and are skipped below.
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.endsWith('.d.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results: (BenchResult & { module: string; ok: boolean | null })[] = [];
let scale: Record<string, ScaleFigures> = {};
let serviceWorkerWakeMs: number | null = null;
let compare: BenchOutput['compare'] | null = null;
let failed = false;
for (const file of modules) {
  const module = file.replace(/\.ts$/, '');
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: BenchModule };
  if (typeof mod.default !== 'function') continue;
  process.stderr.write(`bench: ${module}…\n`);
  try {
    const out = await mod.default();
    const output: BenchOutput = Array.isArray(out) ? { figures: out } : out;
    for (const r of output.figures)
      results.push({ module, ...r, ok: r.target === undefined ? null : r.value <= r.target });
    if (output.scale) scale = { ...scale, ...output.scale };
    if (output.serviceWorkerWakeMs !== undefined) serviceWorkerWakeMs = output.serviceWorkerWakeMs;
    if (output.compare) compare = output.compare;
  } catch (error) {
    failed = true;
    process.stderr.write(
      `bench: ${module} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
}

const round = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(4)));
const roundAll = (o: object) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));

if (json) {
  const scaleOut = Object.fromEntries(Object.entries(scale).map(([k, v]) => [k, roundAll(v)]));
  const wake = serviceWorkerWakeMs === null ? null : round(serviceWorkerWakeMs);
  process.stdout.write(
    `${JSON.stringify({ scale: scaleOut, serviceWorkerWakeMs: wake, compare: compare && roundAll(compare), figures: results.map((r) => ({ ...r, value: round(r.value) })) }, null, 2)}\n`,
  );
} else {
  printTable([
    ['module', 'name', 'value', 'unit', 'target', 'ok'],
    ...results.map((r) => [
      r.module,
      r.name,
      String(round(r.value)),
      r.unit,
      r.target === undefined ? '' : `≤ ${r.target}`,
      r.ok === null ? '' : r.ok ? 'yes' : 'NO',
    ]),
  ]);
  // Targets at 10,000 stories (issue figures): cold start ≤ 20 ms, memory after start-up ≤ 32 MB, recognition data ≤
  // 32 MB, lookup p95 ≤ 1 ms.
  const fmt = (v: number | null | undefined, unit: string) =>
    v === null || v === undefined ? '—' : `${round(v)} ${unit}`;
  const sizes = Object.keys(scale).sort((a, b) => Number(a) - Number(b));
  if (sizes.length > 0) {
    process.stdout.write('\n');
    printTable([
      [
        'stories',
        'recognition on disk',
        'story data on disk',
        'cold start',
        '(reading the file)',
        '(fresh memory, same bytes)',
        'memory after start',
        'after one match',
        'lookup p50',
        'lookup p95',
        'checksum (after 1st answer)',
        'recognised',
      ],
      ...sizes.map((n) => {
        const s = scale[n]!;
        return [
          n,
          fmt(s.recognitionMB, 'MB'),
          fmt(s.storyDataMB, 'MB'),
          fmt(s.coldStartMs, 'ms'),
          fmt(s.readFileMs, 'ms'),
          fmt(s.freshMemoryMs, 'ms'),
          fmt(s.heapAfterStartMB, 'MB'),
          fmt(s.heapAfterMatchMB, 'MB'),
          fmt(s.lookupP50Ms, 'ms'),
          fmt(s.lookupP95Ms, 'ms'),
          fmt(s.checksumMs, 'ms'),
          `${s.pagesRecognised} of ${s.pages}`,
        ];
      }),
    ]);
    process.stdout.write(
      'targets at 10000: cold start ≤ 20 ms, memory after start ≤ 32 MB, recognition on disk ≤ 32 MB, lookup p95 ≤ 1 ms\n',
    );
  }
  if (sizes.includes('10000'))
    process.stdout.write(
      `\nChromium: stopped service worker → first answer, 10,000-story index packaged: ${fmt(serviceWorkerWakeMs, 'ms')} (median)\n`,
    );
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}\n`);
}
if (failed) process.exitCode = 1;
