// The gold corpus of news figures (tests/fixtures/quantities): every line's format, the split (dev, dev2, heldout), and
// the README's counts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEV_SPLITS } from '../../../scripts/eval/quantities';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'quantities');
// Every part the evaluation scores, in the order they were annotated.
const SPLITS = [...DEV_SPLITS, 'heldout'] as const;
type Split = (typeof SPLITS)[number];

const TOPICS = [
  'conflict-disasters',
  'economy-markets',
  'politics-polls',
  'health',
  'sport',
  'science',
  'crime-courts',
  'weather',
  'technology',
  'local',
];
const SOURCES = ['wikinews-gum', 'wikinews-wns', 'meantime', 'gvc', 'own'];
const COUNTRIES = ['uk', 'in', 'au', 'ca', 'us', 'ie', 'nz', 'za', 'sg'];
const KINDS = ['count', 'money', 'percent', 'measure', 'duration', 'age', 'date', 'fraction', 'score', 'ratio'];
const CHANGES = ['=', '~', '>', '<', 'up', 'down'];
const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'INR',
  'AUD',
  'CAD',
  'CNY',
  'CHF',
  'NZD',
  'ZAR',
  'HKD',
  'SGD',
  'RUB',
  'SEK',
  'PEN',
  'CLP',
  'PHP',
  'KRW',
  'IDR',
];
const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];
const PERCENT_UNITS = ['percent', 'percentage point', 'basis point'];
const MEASURE_UNITS = [
  ...['kilometre', 'metre', 'centimetre', 'millimetre', 'mile', 'nautical mile', 'foot', 'inch', 'yard'],
  ...['square kilometre', 'square metre', 'square mile', 'hectare', 'acre'],
  ...['kilogram', 'gram', 'tonne', 'pound', 'ounce', 'litre', 'millilitre', 'gallon', 'barrel'],
  ...['kilometre per hour', 'mile per hour', 'knot', 'degree Celsius', 'degree Fahrenheit', 'kelvin'],
  ...['watt', 'kilowatt', 'megawatt', 'gigawatt', 'kilowatt hour', 'megawatt hour', 'newton'],
  ...['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'megahertz', 'gigahertz', 'magnitude'],
];
const CORPUS_KEYS = ['id', 'source', 'article', 'field', 'paragraph', 'published', 'topic', 'country', 'figures'];
const OWN_KEYS = ['id', 'source', 'text', 'published', 'topic', 'country', 'figures'];
const FIGURE_KEYS = ['start', 'end', 'text', 'value', 'unit', 'change', 'counts', 'kind'];

type Value = number | string | null | [number, number] | [string, string];
interface Figure {
  start: number;
  end: number;
  text: string;
  value: Value;
  unit: string | null;
  change: string;
  counts: string | null;
  kind: string;
}
interface Line {
  id: string;
  source: string;
  article?: string;
  field?: string;
  paragraph?: number;
  text?: string;
  published: string | null;
  topic: string;
  country: string | null;
  figures: Figure[];
}

const lines = Object.fromEntries(
  SPLITS.map((split) => [
    split,
    readFileSync(join(DIR, `${split}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Line),
  ]),
) as Record<Split, Line[]>;
const all = SPLITS.flatMap((split) => lines[split].map((line) => ({ split, line })));

/** A real calendar day, month or year in ISO form. */
function isoDate(s: unknown, precision: 'any' | 'day' = 'any'): boolean {
  if (typeof s !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m || (precision === 'day' && m[3] === undefined)) return false;
  const d = new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRange = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && isNumber(v[0]) && isNumber(v[1]) && v[0] <= v[1];

/** Why a figure's value, unit and kind do not fit together, or null when they do. */
function shapeProblem(f: Figure): string | null {
  const { kind, unit, value } = f;
  switch (kind) {
    case 'date': {
      if (unit !== 'date') return 'a date has unit "date"';
      if (value === null || isoDate(value)) return null;
      const span = Array.isArray(value) && value.length === 2 && value.every((d) => isoDate(d, 'day'));
      return span && (value[0] as string) <= (value[1] as string) ? null : 'a date is ISO or a span of ISO days';
    }
    case 'score':
      return unit === null && Array.isArray(value) && value.length === 2 && value.every(isNumber)
        ? null
        : 'a score is [a, b], unit null';
    case 'money':
      return CURRENCIES.includes(unit ?? '') && (isNumber(value) || isRange(value)) ? null : 'money has a currency';
    case 'percent':
      return PERCENT_UNITS.includes(unit ?? '') && (isNumber(value) || isRange(value)) ? null : 'percent unit';
    case 'measure':
      return MEASURE_UNITS.includes(unit ?? '') && (isNumber(value) || isRange(value)) ? null : 'measure unit';
    case 'duration':
    case 'age':
      return TIME_UNITS.includes(unit ?? '') && (isNumber(value) || isRange(value)) ? null : 'time unit';
    case 'count':
      return (unit === null || unit === 'person') && (isNumber(value) || isRange(value)) ? null : 'count unit';
    case 'fraction':
    case 'ratio':
      return unit === null && (isNumber(value) || isRange(value)) ? null : 'fractions and ratios have no unit';
    default:
      return `unknown kind ${kind}`;
  }
}

/** The article a line belongs to: the corpus article, or the group of an own sentence (its id without the number). */
const articleOf = (line: Line): string =>
  line.source === 'own' ? `own:${line.id.replace(/-\d{3}$/, '')}` : `${line.source}:${line.article}`;

describe('quantity corpus: lines', () => {
  test('every split exists and is not empty', () => {
    for (const split of SPLITS) {
      expect(existsSync(join(DIR, `${split}.jsonl`))).toBe(true);
      expect(lines[split].length).toBeGreaterThan(0);
    }
  });

  test.each(all.map(({ split, line }) => [`${split} ${line.id}`, line] as const))('%s has the line format', (_, l) => {
    expect(Object.keys(l)).toEqual(l.source === 'own' ? OWN_KEYS : CORPUS_KEYS);
    expect(SOURCES).toContain(l.source);
    expect(TOPICS).toContain(l.topic);
    expect(l.published === null || isoDate(l.published, 'day')).toBe(true);
    if (l.source === 'own') {
      expect(l.id).toMatch(/^own-[a-z]{2}-[a-z-]+-\d{3}$/);
      expect(l.id.split('-')[1]).toBe(l.country);
      expect(COUNTRIES).toContain(l.country);
      expect(typeof l.text).toBe('string');
      expect(l.text).not.toContain('\n\n');
      expect(l.published).not.toBeNull();
    } else {
      expect(['text', 'headline']).toContain(l.field);
      expect(Number.isInteger(l.paragraph) && (l.paragraph as number) >= 0).toBe(true);
      if (l.field === 'headline') expect(l.paragraph).toBe(0);
      expect(l.id).toBe(`${l.article}#${l.field === 'headline' ? 'headline' : l.paragraph}`);
      expect(l.country).toBe(l.source === 'gvc' ? 'us' : null);
      const prefix = { 'wikinews-gum': /^gum-/, 'wikinews-wns': /^wns-en-\d{3}$/, meantime: /^meantime-/ }[l.source];
      expect(l.article).toMatch(prefix ?? /^[0-9a-f]{32}$/);
    }
  });

  test.each(all.map(({ split, line }) => [`${split} ${line.id}`, line] as const))(
    '%s has well-formed figures',
    (_, l) => {
      let previousEnd = 0;
      for (const f of l.figures) {
        expect(Object.keys(f)).toEqual(FIGURE_KEYS);
        expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
        expect(f.start, `${f.text} starts after the previous figure ends`).toBeGreaterThanOrEqual(previousEnd);
        expect(f.start).toBeLessThan(f.end);
        expect(f.text.length, f.text).toBe(f.end - f.start);
        expect(f.text).toBe(f.text.trim());
        expect(KINDS).toContain(f.kind);
        expect(CHANGES).toContain(f.change);
        expect(shapeProblem(f), `${f.text}: ${JSON.stringify(f.value)} ${f.unit} ${f.kind}`).toBeNull();
        expect(f.counts === null || (typeof f.counts === 'string' && f.counts.trim() !== '')).toBe(true);
        if (l.source === 'own') expect((l.text as string).slice(f.start, f.end)).toBe(f.text);
        previousEnd = f.end;
      }
    },
  );
});

describe('quantity corpus: split', () => {
  test('ids are unique across the splits', () => {
    const ids = all.map(({ line }) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Every pair of parts: each was annotated from articles and groups no other part holds.
  const pairs = SPLITS.flatMap((a, i) => SPLITS.slice(i + 1).map((b) => [a, b] as const));
  test.each(pairs)('no article and no group of own sentences is in both %s and %s', (a, b) => {
    const first = new Set(lines[a].map(articleOf));
    const shared = lines[b].map(articleOf).filter((x) => first.has(x));
    expect([...new Set(shared)]).toEqual([]);
  });

  test('every topic is in dev, dev2 and heldout; dev and dev2 have at least 400 figures, the later parts and heldout 200, the whole 600', () => {
    const figures = (split: Split) => lines[split].reduce((n, l) => n + l.figures.length, 0);
    for (const split of ['dev', 'dev2', 'heldout'] as const)
      expect(new Set(lines[split].map((l) => l.topic))).toEqual(new Set(TOPICS));
    expect(figures('dev')).toBeGreaterThanOrEqual(400);
    expect(figures('dev2')).toBeGreaterThanOrEqual(400);
    for (const split of SPLITS.filter((x) => x !== 'dev' && x !== 'dev2'))
      expect(figures(split)).toBeGreaterThanOrEqual(200);
    expect(SPLITS.reduce((n, split) => n + figures(split), 0)).toBeGreaterThanOrEqual(600);
  });
});

/** The rows of the first Markdown table after a heading: first cell → the other cells as numbers. */
function readmeTable(heading: string): Map<string, number[]> {
  const text = readFileSync(join(DIR, 'README.md'), 'utf8').split('\n');
  const at = text.findIndex((l) => l.trim() === heading);
  if (at < 0) throw new Error(`README has no heading ${heading}`);
  const rows = new Map<string, number[]>();
  let started = false;
  for (const l of text.slice(at + 1)) {
    if (!l.startsWith('|')) {
      if (started) break;
      continue;
    }
    started = true;
    const cells = l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/\*\*/g, ''));
    if (cells.every((c) => /^-+$/.test(c)) || cells.slice(1).some((c) => !/^[\d,]+$/.test(c))) continue;
    rows.set(
      cells[0] as string,
      cells.slice(1).map((c) => Number(c.replace(/,/g, ''))),
    );
  }
  return rows;
}

/** Figures per value of a line or figure key, per split and in all, as the README tables lay them out. */
function tally(key: (l: Line, f: Figure) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const all = SPLITS.length;
  SPLITS.forEach((split, i) => {
    for (const l of lines[split])
      for (const f of l.figures) {
        const row = out.get(key(l, f)) ?? new Array<number>(all + 1).fill(0);
        row[i] = (row[i] ?? 0) + 1;
        row[all] = (row[all] ?? 0) + 1;
        out.set(key(l, f), row);
      }
  });
  return out;
}

describe('quantity corpus: the README states the counts', () => {
  test('paragraphs, articles and figures per split', () => {
    const stated = readmeTable('### Per split');
    for (const split of SPLITS) {
      const articles = new Set(lines[split].map(articleOf)).size;
      const figures = lines[split].reduce((n, l) => n + l.figures.length, 0);
      expect(stated.get(split)).toEqual([lines[split].length, articles, figures]);
    }
  });

  test.each([
    ['### Figures per topic', (l: Line) => l.topic],
    ['### Figures per kind', (_: Line, f: Figure) => f.kind],
    ['### Figures per source', (l: Line) => l.source],
    ['### Figures per country', (l: Line) => l.country ?? 'none'],
    ['### Figures per change', (_: Line, f: Figure) => f.change],
  ])('%s', (heading, key) => {
    expect(readmeTable(heading)).toEqual(tally(key));
  });
});
