// `npm run bench`: runs every module in scripts/bench/ (each default-exports a function returning figures),
// then prints all figures as a JSON block and as a table. Figures are reported, never asserted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './bench/types';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.endsWith('.d.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results: (BenchResult & { module: string; ok: boolean | null })[] = [];
let failed = false;
for (const file of modules) {
  const module = file.replace(/\.ts$/, '');
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: BenchModule };
  if (typeof mod.default !== 'function') continue;
  process.stderr.write(`bench: ${module}…\n`);
  try {
    for (const r of await mod.default()) {
      results.push({ module, ...r, ok: r.target === undefined ? null : r.value <= r.target });
    }
  } catch (error) {
    failed = true;
    process.stderr.write(`bench: ${module} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
}

const round = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(4)));
process.stdout.write(`${JSON.stringify(results.map((r) => ({ ...r, value: round(r.value) })), null, 2)}\n\n`);
const rows = [
  ['module', 'name', 'value', 'unit', 'target', 'ok'],
  ...results.map((r) => [
    r.module,
    r.name,
    String(round(r.value)),
    r.unit,
    r.target === undefined ? '' : `≤ ${r.target}`,
    r.ok === null ? '' : r.ok ? 'yes' : 'NO',
  ]),
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}\n`);
if (failed) process.exitCode = 1;
