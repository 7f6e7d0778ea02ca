// `npx tsx scripts/measure-quantity-libraries.ts DIR`: the quantity libraries measured against our own grammar on
// the quantity corpus's dev part, for accuracy, size as it would ship (minified and gzipped) and time per article.
// The libraries are not dependencies of Parallax: install them in DIR first, e.g.
//   npm install --prefix DIR wink-nlp wink-eng-lite-web-model compromise compromise-numbers chrono-node \
//     @microsoft/recognizers-text-suite @microsoft/recognizers-text-number-with-unit esbuild
// Accuracy: a found span is right when it overlaps a gold figure (span F1); its value is right as `npm run eval`
// scores it (value F1), for the libraries that give a value. Figures are printed, never asserted.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFigures } from '../lib/claims/read-figures';
import { corporaDir, type GoldParagraph, loadParagraphs, overlaps, sameWritten } from './eval/quantities';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npx tsx scripts/measure-quantity-libraries.ts DIR (the libraries installed in DIR)\n');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const require = createRequire(join(dir, 'package.json'));
const corpora = corporaDir(root);
if (!corpora) {
  process.stderr.write('the shared corpora are absent (../shared/corpora, or PARALLAX_CORPORA): nothing to measure\n');
  process.exit(1);
}
const { paragraphs } = loadParagraphs(join(root, 'tests/fixtures/quantities/dev.jsonl'), corpora);

/** A figure a library found: its span and, when it gives one, its value as the corpus writes values. */
interface Found {
  start: number;
  end: number;
  value?: unknown;
  /** Found as a date. */
  date?: boolean;
}
type Extract = (text: string, published: string | null) => Found[];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const num = (s: unknown) =>
  typeof s === 'string' && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : undefined;

// Each library used as its documentation shows, with the entity types that hold figures.
const libraries: { name: string; packages: string[]; entry: string; extract: () => Extract }[] = [
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    entry: "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; export const nlp = w(m);",
    extract: () => {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
      const its = nlp.its;
      const kept = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'DATE', 'DURATION', 'MEASURE', 'FRACTION']);
      return (text) => {
        const out: Found[] = [];
        let from = 0;
        nlp
          .readDoc(text)
          .entities()
          .each((e: { out: (f?: unknown) => string }) => {
            const t = e.out();
            const at = text.indexOf(t, from);
            if (at < 0) return;
            from = at + t.length;
            if (kept.has(e.out(its.type))) out.push({ start: at, end: at + t.length });
          });
        return out;
      };
    },
  },
  {
    name: 'compromise + compromise-numbers',
    packages: ['compromise', 'compromise-numbers'],
    entry: "import nlp from 'compromise'; import n from 'compromise-numbers'; nlp.extend(n); export default nlp;",
    extract: () => {
      const nlp = require('compromise');
      nlp.extend(require('compromise-numbers'));
      return (text) =>
        (
          nlp(text).numbers().json({ offset: true }) as {
            number: { num: number; suffix: string };
            offset: { start: number; length: number };
          }[]
        ).map((n) => {
          const scale = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 }[n.number.suffix] ?? 1;
          return { start: n.offset.start, end: n.offset.start + n.offset.length, value: n.number.num * scale };
        });
    },
  },
  {
    name: 'chrono-node (dates only)',
    packages: ['chrono-node'],
    entry: "export { parse } from 'chrono-node';",
    extract: () => {
      const chrono = require('chrono-node');
      return (text, published) =>
        (
          chrono.parse(text, published ? new Date(`${published}T12:00:00Z`) : new Date()) as {
            index: number;
            text: string;
            start: { date: () => Date; isCertain: (c: string) => boolean };
            end?: { date: () => Date };
          }[]
        ).map((r) => {
          const start = r.start.date();
          const value = r.end
            ? [isoDay(start), isoDay(r.end.date())]
            : !r.start.isCertain('day') && !r.start.isCertain('weekday')
              ? r.start.isCertain('month')
                ? isoDay(start).slice(0, 7)
                : isoDay(start).slice(0, 4)
              : isoDay(start);
          return { start: r.index, end: r.index + r.text.length, value, date: true };
        });
    },
  },
  {
    name: 'Recognizers-Text (number, currency, percent, dimension, age, date)',
    packages: ['@microsoft/recognizers-text-suite'],
    entry:
      "export { recognizeNumber, recognizeCurrency, recognizePercentage, recognizeDimension, recognizeAge, recognizeDateTime, Culture } from '@microsoft/recognizers-text-suite';",
    extract: () => {
      const R = require('@microsoft/recognizers-text-suite');
      type Result = { start: number; end: number; typeName: string; resolution: Record<string, unknown> | null };
      return (text, published) => {
        const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
        const all: Result[] = [
          ...R.recognizeDateTime(text, R.Culture.English, undefined, ref),
          ...R.recognizeCurrency(text, R.Culture.English),
          ...R.recognizePercentage(text, R.Culture.English),
          ...R.recognizeDimension(text, R.Culture.English),
          ...R.recognizeAge(text, R.Culture.English),
          ...R.recognizeNumber(text, R.Culture.English),
        ];
        const out: Found[] = [];
        for (const r of all) {
          if (out.some((f) => f.start <= r.end && r.start < f.end)) continue;
          let value: unknown = num(String(r.resolution?.value ?? '').replace('%', ''));
          const dates =
            (r.resolution?.values as { type: string; value?: string; start?: string; end?: string }[]) ?? [];
          const d = dates[dates.length - 1];
          if (d?.type === 'date' && d.value) value = d.value;
          if (d?.type === 'daterange' && d.start && d.end)
            value = [d.start, isoDay(new Date(Date.parse(d.end) - 86_400_000))];
          out.push({ start: r.start, end: r.end + 1, value, date: r.typeName.startsWith('datetime') });
        }
        return out;
      };
    },
  },
];

function score(extract: Extract, withValues: boolean): { span: number; value: number | null; dates: number | null } {
  let found = 0;
  let gold = 0;
  let spanRight = 0;
  let valueRight = 0;
  let datesFound = 0;
  let datesGold = 0;
  let datesRight = 0;
  for (const p of paragraphs) {
    const figures = extract(p.text, p.published);
    found += figures.length;
    gold += p.figures.length;
    const foundDates = figures.filter((f) => f.date);
    const goldDates = p.figures.filter((g) => g.kind === 'date');
    datesFound += foundDates.length;
    datesGold += goldDates.length;
    const usedDate = new Set<Found>();
    for (const g of goldDates) {
      const v = foundDates.find((f) => !usedDate.has(f) && overlaps(f, g) && sameWritten(f.value, g.value));
      if (v) [usedDate.add(v), datesRight++];
    }
    const usedSpan = new Set<Found>();
    const usedValue = new Set<Found>();
    for (const g of p.figures) {
      const s = figures.find((f) => !usedSpan.has(f) && overlaps(f, g));
      if (s) [usedSpan.add(s), spanRight++];
      const v = figures.find((f) => !usedValue.has(f) && overlaps(f, g) && sameWritten(f.value, g.value));
      if (v) [usedValue.add(v), valueRight++];
    }
  }
  const f1 = (right: number) => (found + gold === 0 ? 0 : (2 * right) / (found + gold));
  const dates = datesFound + datesGold === 0 ? null : (2 * datesRight) / (datesFound + datesGold);
  return { span: f1(spanRight), value: withValues ? f1(valueRight) : null, dates: withValues ? dates : null };
}

// A 1,500-word article from the dev paragraphs, read whole the way a page's text would be.
function article(all: readonly GoldParagraph[]): string {
  const out: string[] = [];
  let words = 0;
  for (const p of all) {
    if (words >= 1500) break;
    out.push(p.text);
    words += p.text.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function msPerArticle(extract: Extract, text: string): number {
  const t0 = performance.now();
  extract(text, '2013-02-06');
  // A library that takes seconds an article is timed over fewer runs.
  const runs = performance.now() - t0 > 1000 ? 3 : 15;
  for (let i = 0; i < (runs > 3 ? 3 : 0); i++) extract(text, '2013-02-06');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extract(text, '2013-02-06');
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function gzippedKb(entry: string, resolveDir: string): Promise<number> {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length / 1024;
}

const text = article(paragraphs);
const rows: string[][] = [
  ['library', 'version', 'span F1', 'value F1', 'dates: value F1', 'ms per 1,500 words', 'KB min+gzip'],
];
const ours: Extract = (t, published) =>
  readFigures(t, { published }).map((f) => ({ start: f.start, end: f.end, value: f.value, date: f.kind === 'date' }));
const oursScore = score(ours, true);
rows.push([
  'Parallax grammar (readFigures)',
  '—',
  oursScore.span.toFixed(3),
  oursScore.value?.toFixed(3) ?? '—',
  oursScore.dates?.toFixed(3) ?? '—',
  msPerArticle(ours, text).toFixed(2),
  (await gzippedKb("export { readFigures } from './lib/claims/read-figures';", root)).toFixed(1),
]);
for (const lib of libraries) {
  const extract = lib.extract();
  const s = score(extract, !lib.name.startsWith('wink'));
  const versions = lib.packages
    .map((p) => JSON.parse(readFileSync(join(dir, 'node_modules', p, 'package.json'), 'utf8')).version as string)
    .join(' + ');
  rows.push([
    lib.name,
    versions,
    s.span.toFixed(3),
    s.value === null ? '—' : s.value.toFixed(3),
    s.dates === null ? '—' : s.dates.toFixed(3),
    msPerArticle(extract, text).toFixed(2),
    (await gzippedKb(lib.entry, dir)).toFixed(1),
  ]);
}
const words = text.split(/\s+/).length;
process.stdout.write(
  `dev paragraphs: ${paragraphs.length}; timing text: ${words} words\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`,
);
