// readFigures: every figure of a news text as the figures command reports it: its span (the figure phrase, hedge and
// lead-in words outside), its value as written, the interval its hedge allows, its unit, change, kind and what it
// counts. Pure and total: an unreadable figure has value null, never an exception or an invalid date.
import { EARLIEST_DAY, LATEST_DAY, daysInMonth, isIsoDate, partsOf } from '../quantity/calendar';
import { type HedgeEffect, leadingHedgeAt } from '../quantity/hedges';
import { readDate, type DaySpan } from '../quantity/parse-date';
import {
  type Change,
  changeOfHedge,
  hedgedInterval,
  isSafeNumber,
  type Quantity,
  type QuantityKind,
} from '../quantity/quantity';
import type { AmountRead } from './amounts';
import { readAmountAt } from './amounts';
import type { Concept } from './concept';
import { changeOf } from './figure-change';
import { countsOf } from './figure-counts';
import { type FoundFigure, findFigures } from './find-figures';
import { piecesOf } from './pieces';
import { splitSentences } from './sentences';
import { type Token, tokenise } from './tokens';

/** One figure as the figures command prints it. */
export interface Figure extends Quantity {
  start: number;
  end: number;
  text: string;
  counts: string | null;
}

// Words before a date that place it but are not the date: "on Tuesday", "in March", "by July 31".
const OUTSIDE_DATE = new Set([
  'in',
  'on',
  'at',
  'from',
  'since',
  'by',
  'until',
  'till',
  'as',
  'of',
  'starting',
  'beginning',
]);
const BEFORE = /^(by|until|till|before)$/;
const AFTER = /^(since|after)$/;

/** What reading needs besides the text. */
export interface FigureOptions {
  /** ISO day the text was published: relative dates resolve against it; null when unknown. */
  published: string | null;
  /** The outlet's country (`nz`, `ca`, `au`, `sg`, `us`, …): "$" alone is its dollar, "degrees" Celsius outside the US. */
  country?: string | null;
}

// The dollar a "$" alone means in each country's news.
const LOCAL_DOLLAR: Record<string, string> = { nz: 'NZD', ca: 'CAD', au: 'AUD', sg: 'SGD', hk: 'HKD' };

/** Every figure of a text, in order, with offsets into the text. */
export function readFigures(text: string, options: FigureOptions): Figure[] {
  const published =
    options.published && isIsoDate(options.published.slice(0, 10)) ? options.published.slice(0, 10) : null;
  const out: Figure[] = [];
  let previous: Concept | null = null;
  let previousTokens: Token[] = [];
  for (const s of splitSentences(text)) {
    const tokens = tokenise(s.text, s.start);
    let earlier: Concept | null = null;
    for (const f of findFigures(tokens)) {
      const figure = readOne(text, tokens, f, published, { earlier, previous, previousTokens });
      if (!figure) continue;
      if (figure.concept?.head) earlier = figure.concept;
      out.push(localise(figure.figure, tokens, options.country ?? null));
    }
    previous = earlier ?? previous;
    previousTokens = tokens;
  }
  return out;
}

// A "$" alone is the outlet's own dollar; "degrees" without a scale is Celsius outside the US.
function localise(f: Figure, tokens: Token[], country: string | null): Figure {
  if (!country) return f;
  const dollar = LOCAL_DOLLAR[country];
  if (dollar && f.unit === 'USD' && /^-?\$/.test(f.text.replace(/^(between|from) /, ''))) return { ...f, unit: dollar };
  if (f.unit === 'degree') return { ...f, unit: country === 'us' ? 'degree Fahrenheit' : 'degree Celsius' };
  void tokens;
  return f;
}

type Context = { earlier: Concept | null; previous: Concept | null; previousTokens: Token[] };

function readOne(
  text: string,
  tokens: Token[],
  f: FoundFigure,
  published: string | null,
  context: Context,
): { figure: Figure; concept: Concept | null } | null {
  const shape = f.shapes[0];
  if (!shape) return null;
  const words = tokens.map((t) => (t.type === 'word' ? t.lower : t.text));
  if (shape === 'date') return { figure: dateFigure(text, tokens, words, f, published), concept: null };
  const amount = f.amount ?? durationAmount(tokens, f);
  if (!amount) return null;
  let first = f.core.first;
  // The range's own words are inside: "between $41 and $45", "from 10 to 20".
  if (amount.span && amount.hi !== amount.lo && /^(between|from)$/.test(words[first - 1] ?? '') && !amount.score)
    first--;
  const last = f.core.last;
  const hedge = leadingHedge(words, f.core.first);
  const trailing = amount.trailing;
  const kind = amount.kind;
  const change: Change = amount.score
    ? '='
    : changeOf(tokens, f.core.first, last, kind, trailing ? changeOfHedge(trailing) : null);
  const { counts, people, concept } = countsOf(tokens, f.core.first, last, kind, text, context);
  const value = amount.score || amount.span ? ([amount.lo, amount.hi] as [number, number]) : amount.lo;
  const effect: HedgeEffect | null = hedge ?? trailing;
  const [lo, hi] = amount.score
    ? [amount.lo, amount.hi]
    : hedgedInterval(Math.min(amount.lo, amount.hi), Math.max(amount.lo, amount.hi), effect);
  const unit = amount.unit?.name ?? (kind === 'count' && people ? 'person' : null);
  const safe = [amount.lo, amount.hi].every(isSafeNumber);
  return {
    figure: {
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      text: text.slice(tokens[first]!.start, tokens[last]!.end),
      value: safe ? value : null,
      interval: safe ? [lo, hi] : null,
      unit,
      change,
      kind,
      counts,
    },
    concept,
  };
}

// A duration the amount grammar did not read as an amount: "monthlong", "three-week-old", "a month", "few weeks".
function durationAmount(tokens: Token[], f: FoundFigure): AmountRead | null {
  const P = piecesOf(tokens.slice(f.core.first, f.core.last + 1));
  const read = readAmountAt(P, 0, []);
  if (read) return read;
  const w = tokens[f.core.first]!.lower;
  const unit =
    /^(hour|day|week|month|year)(?:-?long)?$/.exec(w)?.[1] ??
    (/^(a|an)$/.test(w) ? tokens[f.core.first + 1]?.lower : null);
  if (!unit || !/^(hour|day|week|month|year|decade|minute)$/.test(unit)) return null;
  return {
    first: 0,
    last: 0,
    lo: 1,
    hi: 1,
    span: false,
    unit: { name: unit, family: 'duration' },
    kind: 'duration',
    trailing: null,
    spelled: true,
    score: false,
  };
}

function leadingHedge(words: readonly string[], first: number): HedgeEffect | null {
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const h = leadingHedgeAt(words, j);
    if (h && h.end === first) return h.effect;
  }
  return null;
}

function dateFigure(text: string, tokens: Token[], words: string[], f: FoundFigure, published: string | null): Figure {
  let first = f.first;
  if (words.slice(first, first + 3).join(' ') === 'no later than') first += 3;
  while (first < f.core.first && OUTSIDE_DATE.has(words[first]!)) first++;
  const last = f.last;
  const lead = words.slice(f.first, first).join(' ');
  const spanText = text.slice(tokens[first]!.start, tokens[last]!.end);
  const fullText = text.slice(tokens[f.contextFirst]!.start, tokens[last]!.end);
  const base = {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    text: spanText,
    unit: 'date',
    kind: 'date' as QuantityKind,
  };
  const counts = countsOf(tokens, first, last, 'date', text, {
    earlier: null,
    previous: null,
    previousTokens: [],
  }).counts;
  const hedge = leadingHedge(words, f.core.first);
  const ago = words[f.core.last] === 'ago';
  let change: Change = BEFORE.test(lead.split(' ').pop() ?? '')
    ? '<'
    : AFTER.test(lead.split(' ').pop() ?? '')
      ? '>'
      : '=';
  // "more than three weeks ago" is before that day; "within a week" or "nearly a month ago" after it.
  if (hedge && ago)
    change = hedge === 'moreThan' || hedge === 'atLeast' || hedge === 'justOver' ? '<' : hedge === 'about' ? '~' : '>';
  else if (hedge) change = changeOfHedge(hedge);
  const needsDay = !/\b(1[0-9]|20)\d\d\b/.test(spanText);
  if (needsDay && !published) return { ...base, value: null, interval: null, change, counts };
  const day = published ?? '2000-01-01';
  const own = safeDate(hedge && ago ? text.slice(tokens[f.core.first]!.start, tokens[last]!.end) : spanText, day);
  const full = safeDate(fullText, day);
  if (!own || !full) return { ...base, value: null, interval: null, change, counts };
  return { ...base, value: written(own), interval: [open(full.lo), open(full.hi)], change, counts };
}

function safeDate(phrase: string, published: string): DaySpan | null {
  try {
    const span = readDate(phrase, published);
    return span && isIsoDate(span.lo) && isIsoDate(span.hi) && span.lo <= span.hi ? span : null;
  } catch {
    return null;
  }
}

function open(day: string): string | null {
  return day === EARLIEST_DAY || day === LATEST_DAY ? null : day;
}

// A day as "YYYY-MM-DD", a whole month as "YYYY-MM", a whole year as "YYYY", anything else as [lo, hi].
function written(span: DaySpan): string | [string, string] | null {
  if (span.lo === EARLIEST_DAY) return span.hi === LATEST_DAY ? null : span.hi;
  if (span.hi === LATEST_DAY) return span.lo;
  if (span.lo === span.hi) return span.lo;
  const a = partsOf(span.lo);
  const b = partsOf(span.hi);
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (wholeMonths && a.year === b.year && a.month === 1 && b.month === 12) return String(a.year).padStart(4, '0');
  if (wholeMonths && a.year === b.year && a.month === b.month) return span.lo.slice(0, 7);
  return [span.lo, span.hi];
}
