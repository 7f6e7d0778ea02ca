// `npm run bench [-- --json] [MODULE...]`: runs every module in scripts/bench/ (each default-exports a function
// returning figures), then prints the figures as tables, or with --json only this object on stdout:
//   {"scale":{"1000":{…},"10000":{…},"100000":{…}},"serviceWorkerWakeMs":…,
//    "serviceWorkerWake":{"oneStoryMs","tenThousandMs","ratio"},"compare":{"fiveReportsMs",…},
//    "figures":[{module,name,value,unit,…}]}
// Progress goes to stderr. Figures are reported, never asserted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchOutput, BenchResult, ScaleFigures, ServiceWorkerWake } from './bench/types';

const dir = join(import.meta.dirname, 'bench');
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
// Helpers of other modules export no default function and are skipped below.
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.endsWith('.d.ts'));
const modules = files.filter((f) => only.length === 0 || only.some((o) => f.startsWith(o))).sort();
// A mistyped option or module would otherwise run every module, or none, and say nothing.
const unknownOption = args.find((a) => a.startsWith('--') && a !== '--json');
const unknownModule = only.find((o) => !files.some((f) => f.startsWith(o)));
if (unknownOption !== undefined || unknownModule !== undefined) {
  const names = files.map((f) => f.replace(/\.ts$/, '')).sort();
  process.stderr.write(
    `${unknownOption !== undefined ? `unknown option ${unknownOption}` : `no bench module named ${unknownModule}`}\n` +
      `usage: npm run bench [-- --json] [MODULE...]; modules: ${names.join(', ')}\n`,
  );
  process.exit(2);
}

const results: (BenchResult & { module: string; ok: boolean | null })[] = [];
let scale: Record<string, ScaleFigures> = {};
let serviceWorkerWakeMs: number | null = null;
let serviceWorkerWake: ServiceWorkerWake | null = null;
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
    if (output.serviceWorkerWake !== undefined) serviceWorkerWake = output.serviceWorkerWake;
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
  const wakes = serviceWorkerWake && roundAll(serviceWorkerWake);
  const figures = results.map((r) => ({ ...r, value: round(r.value) }));
  process.stdout.write(
    `${JSON.stringify({ scale: scaleOut, serviceWorkerWakeMs: wake, serviceWorkerWake: wakes, compare: compare && roundAll(compare), figures }, null, 2)}\n`,
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
  // Targets (issue figures): at 10,000 stories the first answer ≤ 20 ms, memory after start-up ≤ 32 MB, recognition
  // data ≤ 32 MB, lookup p95 ≤ 1 ms, a woken service worker within 1.5× of the one-story package; at 100,000 stories
  // memory after start-up ≤ 40 MB and the first answer ≤ 40 ms.
  const fmt = (v: number | null | undefined, unit: string) =>
    v === null || v === undefined ? '—' : `${round(v)} ${unit}`;
  const sizes = Object.keys(scale).sort((a, b) => Number(a) - Number(b));
  if (sizes.length > 0) {
    process.stdout.write('\n');
    printTable([
      [
        'stories',
        'recognition on disk',
        '(head)',
        '(parts, IndexedDB)',
        'story data on disk',
        'cold start',
        '(reading the head)',
        'first answer',
        '(parts read)',
        'memory after start',
        'after one match',
        'lookup p50',
        'lookup p95',
        '(reading parts, p50)',
        'whole file: read',
        'checksum',
        'split',
        'recognised',
      ],
      ...sizes.map((n) => {
        const s = scale[n]!;
        return [
          n,
          fmt(s.recognitionMB, 'MB'),
          fmt(s.headMB, 'MB'),
          fmt(s.partsMB, 'MB'),
          fmt(s.storyDataMB, 'MB'),
          fmt(s.coldStartMs, 'ms'),
          fmt(s.readFileMs, 'ms'),
          `${fmt(s.firstAnswerMs, 'ms')} (cpu ${fmt(s.firstAnswerCpuMs, 'ms')})`,
          `${s.firstAnswerPartsRead} (${round(s.firstAnswerPartsMB)} MB)`,
          fmt(s.heapAfterStartMB, 'MB'),
          fmt(s.heapAfterMatchMB, 'MB'),
          fmt(s.lookupP50Ms, 'ms'),
          fmt(s.lookupP95Ms, 'ms'),
          fmt(s.lookupReadingPartsP50Ms, 'ms'),
          fmt(s.wholeFileReadMs, 'ms'),
          fmt(s.checksumMs, 'ms'),
          fmt(s.splitMs, 'ms'),
          `${s.pagesRecognised} of ${s.pages}`,
        ];
      }),
    ]);
    process.stdout.write(
      'targets: at 10000 first answer ≤ 20 ms, memory after start ≤ 32 MB, recognition on disk ≤ 32 MB, lookup p95 ≤ 1 ms; ' +
        'at 100000 memory after start ≤ 40 MB, first answer ≤ 40 ms\n',
    );
  }
  if (sizes.includes('10000')) {
    const w = serviceWorkerWake;
    process.stdout.write(
      `\nChromium: stopped service worker → first answer (median): 10,000-story index packaged ${fmt(serviceWorkerWakeMs, 'ms')}` +
        `, one-story package ${fmt(w?.oneStoryMs, 'ms')}, ratio ${w ? round(w.ratio) : '—'} (target ≤ 1.5)\n`,
    );
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}\n`);
}
if (failed) process.exitCode = 1;
