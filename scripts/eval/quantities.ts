// The quantity corpus (tests/fixtures/quantities/) scored against readFigures: a figure is right when its span
// overlaps a gold figure's and its value equals the gold value; unit and change accuracy are over the right ones.
// Corpus paragraphs are read from the shared corpora (../shared/corpora beside the project, or $PARALLAX_CORPORA), by
// article id, field and paragraph; every gold span is checked against its text. Without the corpora, only the
// corpus's own paragraphs are scored, and the result says so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFigures, type Figure } from '../../lib/claims/read-figures';

/** One gold figure. */
export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  value: unknown;
  unit: string | null;
  change: string;
  counts: string | null;
  kind: string;
}

interface GoldLine {
  id: string;
  source: string;
  article?: string;
  field?: 'text' | 'headline';
  paragraph?: number;
  text?: string;
  published: string | null;
  country: string | null;
  figures: GoldFigure[];
}

/** Scores of one split. */
export interface QuantityScores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of the right figures whose unit is the gold unit. */
  unit: number;
  /** Share of the right figures whose change is the gold change. */
  change: number;
  counts: { gold: number; predicted: number; right: number; unitRight: number; changeRight: number };
  paragraphs: number;
  /** Paragraphs left out because their corpus text is absent. */
  skipped: number;
  /** Gold figures not found with their value: what was found there instead, if anything. */
  missed: { id: string; gold: GoldFigure; found: Figure | null }[];
  /** Figures found where the gold has none. */
  extra: { id: string; found: Figure }[];
  /** Right figures with a wrong unit or change. */
  wrongUnit: { id: string; gold: GoldFigure; found: Figure }[];
  wrongChange: { id: string; gold: GoldFigure; found: Figure }[];
}

/** Where the shared corpora are ($PARALLAX_CORPORA, else shared/corpora beside the project or a folder above it). */
export function corporaDir(root: string): string | null {
  if (process.env.PARALLAX_CORPORA)
    return existsSync(process.env.PARALLAX_CORPORA) ? process.env.PARALLAX_CORPORA : null;
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'corpora');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

const articleCache = new Map<string, Map<string, { text: string; headline: string }>>();

function articles(dir: string, source: string): Map<string, { text: string; headline: string }> | null {
  const key = `${dir}/${source}`;
  if (!articleCache.has(key)) {
    const file = join(dir, source, 'articles.jsonl');
    if (!existsSync(file)) return null;
    const map = new Map<string, { text: string; headline: string }>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; text: string; headline: string | null };
      map.set(a.id, { text: a.text, headline: a.headline ?? '' });
    }
    articleCache.set(key, map);
  }
  return articleCache.get(key)!;
}

/** The paragraph a gold line annotates, or null when its corpus is absent; throws when its gold spans do not fit. */
function paragraphOf(line: GoldLine, lineNo: number, file: string, dir: string | null): string | null {
  let text: string | null = null;
  if (line.source === 'own') text = line.text ?? '';
  else if (dir) {
    const article = articles(dir, line.source)?.get(line.article ?? '');
    if (!article) throw new Error(`${file}:${lineNo}: article "${line.article}" is not in ${line.source}`);
    text = line.field === 'headline' ? article.headline : (article.text.split('\n\n')[line.paragraph ?? 0] ?? null);
    if (text === null) throw new Error(`${file}:${lineNo}: ${line.id} has no paragraph ${line.paragraph}`);
  }
  if (text === null) return null;
  for (const g of line.figures) {
    if (text.slice(g.start, g.end) !== g.text)
      throw new Error(
        `${file}:${lineNo}: ${line.id}: span ${g.start}–${g.end} is "${text.slice(g.start, g.end)}", not "${g.text}"`,
      );
  }
  return text;
}

/** Whether a found value equals a gold value: numbers to four significant places of a fraction, the rest exactly. */
export function sameWritten(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 5e-5 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameWritten(x, b[i]));
  return a === b;
}

/** Whether two spans share a character. */
export const overlaps = (f: { start: number; end: number }, g: { start: number; end: number }) =>
  f.start < g.end && g.start < f.end;

/** One annotated paragraph with its text. */
export interface GoldParagraph {
  id: string;
  text: string;
  published: string | null;
  country: string | null;
  figures: GoldFigure[];
}

/** The paragraphs of a split whose text is at hand, and how many were skipped for want of the corpora. */
export function loadParagraphs(file: string, dir: string | null): { paragraphs: GoldParagraph[]; skipped: number } {
  const paragraphs: GoldParagraph[] = [];
  let skipped = 0;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (!raw.trim()) return;
      const line = JSON.parse(raw) as GoldLine;
      const text = paragraphOf(line, index + 1, file, dir);
      if (text === null) skipped++;
      else
        paragraphs.push({ id: line.id, text, published: line.published, country: line.country, figures: line.figures });
    });
  return { paragraphs, skipped };
}

/** The development parts of the quantity corpus, in the order they were annotated. */
export const DEV_SPLITS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10'] as const;
/** Every part: the development parts and the held-out one. */
export type QuantitySplit = (typeof DEV_SPLITS)[number] | 'heldout';

/** Scores one split's file; null when the file does not exist. */
export function evaluateQuantities(file: string, dir: string | null): QuantityScores | null {
  if (!existsSync(file)) return null;
  const scores: QuantityScores = {
    precision: 0,
    recall: 0,
    f1: 0,
    unit: 0,
    change: 0,
    counts: { gold: 0, predicted: 0, right: 0, unitRight: 0, changeRight: 0 },
    paragraphs: 0,
    skipped: 0,
    missed: [],
    extra: [],
    wrongUnit: [],
    wrongChange: [],
  };
  const c = scores.counts;
  const { paragraphs, skipped } = loadParagraphs(file, dir);
  scores.skipped = skipped;
  for (const line of paragraphs) {
    scores.paragraphs++;
    const found = readFigures(line.text, { published: line.published, country: line.country });
    c.gold += line.figures.length;
    c.predicted += found.length;
    const used = new Set<Figure>();
    for (const g of line.figures) {
      const right = found.find((f) => !used.has(f) && overlaps(f, g) && sameWritten(f.value, g.value));
      if (!right) {
        scores.missed.push({ id: line.id, gold: g, found: found.find((f) => overlaps(f, g)) ?? null });
        continue;
      }
      used.add(right);
      c.right++;
      if (right.unit === g.unit) c.unitRight++;
      else scores.wrongUnit.push({ id: line.id, gold: g, found: right });
      if (right.change === g.change) c.changeRight++;
      else scores.wrongChange.push({ id: line.id, gold: g, found: right });
    }
    for (const f of found)
      if (!used.has(f) && !line.figures.some((g) => overlaps(f, g))) scores.extra.push({ id: line.id, found: f });
  }
  const r = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  scores.precision = r(c.right, c.predicted);
  scores.recall = r(c.right, c.gold);
  scores.f1 = r(2 * c.right, c.predicted + c.gold);
  scores.unit = r(c.unitRight, c.right);
  scores.change = r(c.changeRight, c.right);
  return scores;
}

/** The plain-text report: a table of the splits, and for each development split its misses, wrong values, units and
 * changes (never the held-out split's, which is scored for reporting only). */
export function quantitiesReport(
  splits: Record<QuantitySplit, QuantityScores | null>,
  dir: string | null,
  verbose: boolean,
  skipHeldout = false,
): string {
  const out = ['Quantities (tests/fixtures/quantities/, npm run figures against the gold figures)'];
  if (!dir) out.push('  the shared corpora are absent (../shared/corpora, or PARALLAX_CORPORA): own paragraphs only');
  out.push('  split     precision  recall  f1     unit   change  figures (right/found/gold)  paragraphs');
  for (const [name, s] of Object.entries(splits)) {
    if (!s) {
      out.push(`  ${name.padEnd(9)} ${name === 'heldout' && skipHeldout ? '(not run: --skip-heldout)' : '(no file)'}`);
      continue;
    }
    const f = (x: number) => x.toFixed(3).padEnd(6);
    out.push(
      `  ${name.padEnd(9)} ${f(s.precision)}     ${f(s.recall)}  ${f(s.f1)} ${f(s.unit)} ${f(s.change)}  ${`${s.counts.right}/${s.counts.predicted}/${s.counts.gold}`.padEnd(26)}  ${s.paragraphs}${s.skipped ? ` (${s.skipped} skipped)` : ''}`,
    );
  }
  for (const name of DEV_SPLITS) {
    const s = splits[name];
    if (s) developmentReport(out, name, s, verbose);
  }
  return out.join('\n');
}

/** A development split's misses, wrong values, figures the gold does not have, wrong units and wrong changes. */
function developmentReport(out: string[], name: string, dev: QuantityScores, verbose: boolean): void {
  const show = (v: unknown) => JSON.stringify(v);
  const limit = verbose ? Number.POSITIVE_INFINITY : 40;
  const list = <T>(title: string, items: T[], line: (x: T) => string) => {
    out.push(`  ${name} ${title}: ${items.length}`);
    for (const x of items.slice(0, limit)) out.push(`    ${line(x)}`);
    if (items.length > limit) out.push(`    … ${items.length - limit} more (--verbose)`);
  };
  list('misses and wrong values', dev.missed, (m) =>
    m.found
      ? `${m.id}: "${m.gold.text}" ${show(m.gold.value)} read as "${m.found.text}" ${show(m.found.value)}`
      : `${m.id}: "${m.gold.text}" ${show(m.gold.value)} (${m.gold.kind}) not found`,
  );
  list('figures the gold does not have', dev.extra, (x) => `${x.id}: "${x.found.text}" ${show(x.found.value)}`);
  list('wrong units', dev.wrongUnit, (x) => `${x.id}: "${x.gold.text}" ${x.found.unit} (gold ${x.gold.unit})`);
  list('wrong changes', dev.wrongChange, (x) => `${x.id}: "${x.gold.text}" ${x.found.change} (gold ${x.gold.change})`);
}
