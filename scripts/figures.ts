// `npm run figures -- [FILE] [--published YYYY-MM-DD] [--json]`: every figure of a text, one paragraph per
// blank-line-separated block (a file, or standard input). With --json, one line per block:
//   {"figures":[{"start","end","text","value","interval","unit","change","counts","kind"}]}
// start/end are offsets into the block; value is the number as written (a number, an ISO day/month/year, [lo, hi]
// for a range or vague amount, null when unreadable); interval is what the words allow once hedges are applied
// (null for an open side). Without --json, a table per block.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../lib/quantity/calendar';
import { type Figure, readFigures } from '../lib/claims/read-figures';

const usage = 'usage: npm run figures -- [FILE] [--published YYYY-MM-DD] [--json]';
let args: { values: { json: boolean; published?: string }; positionals: string[] };
try {
  args = parseArgs({
    options: { json: { type: 'boolean', default: false }, published: { type: 'string' } },
    allowPositionals: true,
  });
} catch (error) {
  process.stderr.write(`figures: ${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
const published = args.values.published ?? null;
if (published !== null && !isIsoDate(published)) {
  process.stderr.write(`figures: --published "${published}" is not a YYYY-MM-DD day\n${usage}\n`);
  process.exit(2);
}
if (args.positionals.length > 1) {
  process.stderr.write(`figures: one file at most\n${usage}\n`);
  process.exit(2);
}
let input: string;
try {
  input = readFileSync(args.positionals[0] ?? 0, 'utf8');
} catch (error) {
  process.stderr.write(
    `figures: cannot read ${args.positionals[0] ?? 'standard input'}: ${(error as Error).message}\n`,
  );
  process.exit(1);
}

const blocks = input
  .replace(/\r\n?/g, '\n')
  .split(/\n[ \t]*\n/)
  .map((b) => b.trim())
  .filter((b) => b !== '');
const show = (v: unknown) =>
  v === null ? '—' : Array.isArray(v) ? `[${v.map((x) => x ?? '…').join(', ')}]` : String(v);
const lines: string[] = [];
for (const [i, block] of blocks.entries()) {
  const figures: Figure[] = readFigures(block, { published });
  if (args.values.json) {
    lines.push(
      JSON.stringify({
        figures: figures.map((f) => ({
          start: f.start,
          end: f.end,
          text: f.text,
          value: f.value,
          interval: f.interval,
          unit: f.unit,
          change: f.change,
          counts: f.counts,
          kind: f.kind,
        })),
      }),
    );
    continue;
  }
  lines.push(`paragraph ${i + 1}: ${figures.length} figure(s)`);
  for (const f of figures)
    lines.push(
      `  ${JSON.stringify(f.text).padEnd(28)} ${show(f.value).padEnd(26)} ${f.change.padEnd(4)} ${(f.unit ?? '—').padEnd(12)} ${f.kind.padEnd(8)} interval ${show(f.interval)}  counts ${f.counts ?? '—'}`,
    );
}
process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
