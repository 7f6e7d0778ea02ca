// readFigures: every figure of a news text as the figures command reports it: its span (the figure phrase, hedge and
// lead-in words outside), its value as written, the interval its hedge allows, its unit, change, kind and what it
// counts. Pure and total: an unreadable figure has value null, never an exception or an invalid date.
import { isIsoDate } from '../quantity/calendar';
import type { HedgeEffect } from '../quantity/hedges';
import { type Change, changeOfHedge, hedgedInterval, isSafeNumber, type QuantityFigure } from '../quantity/quantity';
import type { Concept, ConceptContext } from './concept';
import { clauseOf, type DateCtx, dateFigure, leadingHedge } from './date-figure';
import { dateSpan, extraDates, mergeFollowing } from './date-spans';
import { ageDecades } from './age-decades';
import { anchoredDates } from './anchored-dates';
import { writtenMeasures } from './written-measures';
import { periodsAYearBack } from './year-earlier';
import { betweenDates, daysBeforeMonth, periodsEnding } from './date-runs';
import { changeOf } from './figure-change';
import { tenseAround } from './figure-tense';
import { durationAmount, isAge, lastOfAmount } from './amount-figure-parts';
import { countsOf } from './figure-counts';
import { type FoundFigure, findFigures } from './find-figures';
import { furnitureSpans, inFurniture } from './furniture';
import { modelNumbersOf } from './not-amounts';
import { localise } from './localise-figure';
import { notADate } from './not-dates';
import { splitSentences } from './sentences';
import { type Token, tokenise } from './tokens';

/** One figure as the figures command prints it. */
export type Figure = QuantityFigure;

/** What reading needs besides the text. */
export interface FigureOptions {
  /** ISO day the text was published: relative dates resolve against it; null when unknown. */
  published: string | null;
  /** The outlet's country (`nz`, `ca`, `au`, `sg`, `us`, …): "$" alone is its dollar, "degrees" Celsius outside the US. */
  country?: string | null;
}

/** Every figure of a text, in order, with offsets into the text. */
export function readFigures(text: string, options: FigureOptions): Figure[] {
  const published =
    options.published && isIsoDate(options.published.slice(0, 10)) ? options.published.slice(0, 10) : null;
  const country = options.country ?? null;
  const out: Figure[] = [];
  const models = new Set<string>();
  let previous: Concept | null = null;
  let previousTokens: Token[] = [];
  for (const s of splitSentences(text)) {
    const tokens = tokenise(s.text, s.start);
    const words = tokens.map((t) => (t.type === 'word' ? t.lower : t.text));
    const ctx = { published, country, clause: s.text.toLowerCase(), sentence: s.text.toLowerCase() };
    const found = findFigures(tokens);
    for (const model of modelNumbersOf(tokens)) models.add(model);
    const figures: Figure[] = [];
    let earlier: Concept | null = null;
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (isDate(f, words)) {
        const span = dateSpan(tokens, words, f);
        i = mergeFollowing(tokens, words, span, found, i);
        if (notADate(tokens, span.first, span.last)) continue;
        const clause = {
          ...ctx,
          clause: clauseOf(words, span.first, span.last),
          tense: tenseAround(tokens, span.first, span.last),
        };
        figures.push(dateFigure(text, tokens, words, span, f.core.first, clause));
        continue;
      }
      const read = amountFigure(text, tokens, words, f, { earlier, previous, previousTokens, countsFirst: true }, ctx);
      if (read) {
        if (read.concept?.head) earlier = read.concept;
        figures.push(localise(read.figure, country));
      }
      // "820 km (510 miles)": the conversion is a figure of its own.
      const own = lastOfAmount(tokens, f);
      if (f.last > own && tokens[own + 1]?.text === '(') {
        const inner = tokens.slice(own + 1, f.last + 1);
        const innerWords = inner.map((t) => (t.type === 'word' ? t.lower : t.text));
        for (const g of findFigures(inner)) {
          const r = amountFigure(text, inner, innerWords, g, { earlier: null, previous: null, previousTokens: [] });
          if (r) figures.push(localise(r.figure, country));
        }
      }
    }
    for (const extra of extraDates(s.text)) {
      const start = s.start + extra.start;
      const end = s.start + extra.end;
      // A date by its pattern wins over the numbers in it ("7/8/07"), and over a date it holds ("2027" of "spring
      // 2027"), never over another date it only overlaps.
      const inside = (g: Figure) => start <= g.start && g.end <= end && end - start > g.end - g.start;
      if (figures.some((g) => g.start < end && start < g.end && g.kind === 'date' && !inside(g))) continue;
      for (let k = figures.length - 1; k >= 0; k--)
        if (figures[k]!.start < end && start < figures[k]!.end) figures.splice(k, 1);
      const first = tokens.findIndex((t) => t.start >= start);
      const last = tokens.findLastIndex((t) => t.end <= end);
      if (first < 0 || last < first || notADate(tokens, first, last)) continue;
      const lead = words[first - 1] ?? '';
      const tense = tenseAround(tokens, first, last);
      figures.push(dateFigure(text, tokens, words, { first, last, lead }, first, { ...ctx, tense }));
    }
    // "a man in his 40s": an age by its decade wins over a number or a decade read in its words; so do the figures of
    // a shape of their own ("1:54.31", "a quarter-point cut", "two-in-three").
    for (const age of [...ageDecades(s.text, s.start), ...writtenMeasures(s.text, s.start)]) {
      for (let k = figures.length - 1; k >= 0; k--)
        if (figures[k]!.start < age.end && age.start < figures[k]!.end) figures.splice(k, 1);
      figures.push(age);
    }
    figures.sort((a, b) => a.start - b.start);
    // "second half of December": the date holds the numbers of its words; "the last week of March" holds "last week".
    const dates = figures.filter((g) => g.kind === 'date');
    for (let k = figures.length - 1; k >= 0; k--) {
      const g = figures[k]!;
      const within = (d: Figure) =>
        d !== g && d.start <= g.start && g.end <= d.end && d.end - d.start > g.end - g.start;
      if (dates.some((d) => (g.kind !== 'date' && d.start <= g.start && g.end <= d.end) || within(d)))
        figures.splice(k, 1);
    }
    periodsEnding(text, figures);
    betweenDates(text, figures);
    daysBeforeMonth(text, figures);
    periodsAYearBack(text, figures);
    inheritChanges(text, figures);
    out.push(...figures);
    previous = earlier ?? previous;
    previousTokens = tokens;
  }
  anchoredDates(text, out);
  // A gallery's counters and the rights line ("Image 1 of 6", "© 2016") number slides or date the page; "the 787",
  // once the text has named a "Boeing 787", is the model again.
  const furniture = furnitureSpans(text, false);
  const model = (f: Figure) => f.kind === 'count' && f.unit === null && models.has(f.text);
  return out.filter((f) => !model(f) && !(furniture.length > 0 && inFurniture(furniture, f.start, f.end)));
}

/** One found figure of a sentence read alone, as readFigures reads it (no merging with the figures after it). */
export function readFoundFigure(
  text: string,
  tokens: readonly Token[],
  f: FoundFigure,
  options: FigureOptions,
): Figure | null {
  const published =
    options.published && isIsoDate(options.published.slice(0, 10)) ? options.published.slice(0, 10) : null;
  const country = options.country ?? null;
  const words = tokens.map((t) => (t.type === 'word' ? t.lower : t.text));
  const ctx = { published, country, clause: '' };
  if (isDate(f, words)) {
    const span = dateSpan(tokens, words, f);
    return dateFigure(text, tokens, words, span, f.core.first, {
      ...ctx,
      clause: clauseOf(words, span.first, span.last),
    });
  }
  const read = amountFigure(text, tokens, words, f, { earlier: null, previous: null, previousTokens: [] }, ctx);
  return read ? localise(read.figure, country) : null;
}

// A date, unless the words also read as a span of time counted from now ("over the next four years", "the past
// decade", "within 48 hours"): that is a duration.
function isDate(f: FoundFigure, words: readonly string[]): boolean {
  if (f.shapes[0] !== 'date') return false;
  return !(f.shapes.includes('duration') && words[f.core.last] !== 'ago');
}

// "lost 53.5 points, or 3.71%", "rose 50 percent, 49 percent and 27 percent": a figure listed after a change is one.
function inheritChanges(text: string, figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1]!, figures[i]!];
    // "contracted by 0.9% … and a further 0.1%": the same direction again.
    const again = /\b(a further|another|an additional)\s*$/i.test(text.slice(Math.max(0, b.start - 20), b.start));
    if (b.change === '=' && b.kind !== 'date' && again) {
      const earlier = figures
        .slice(0, i)
        .reverse()
        .find((f) => f.change === 'up' || f.change === 'down');
      if (earlier) {
        figures[i] = { ...b, change: earlier.change };
        continue;
      }
    }
    // "ended 0.3 per cent or 12.65 points higher": the direction written after the second is the first's too.
    if (a.change === '=' && (b.change === 'up' || b.change === 'down') && a.kind !== 'date') {
      const between = text.slice(a.end, b.start);
      const after = text.slice(b.end, b.end + 20);
      if (/^\s*(,|,? or)\s*$/.test(between) && /^\s*(points?\s+)?(higher|lower|up|down)\b/i.test(after))
        figures[i - 1] = { ...a, change: b.change };
      continue;
    }
    if (b.change !== '=' || (a.change !== 'up' && a.change !== 'down') || b.kind === 'date') continue;
    // "dropped by 2.36%, which is 118.40 points": the same change in other units.
    if (
      /^\s*(points?|percent)?\s*(,|,? or|,? and|or|and|\(|, which is|, which was)\s*$/.test(text.slice(a.end, b.start))
    )
      figures[i] = { ...b, change: a.change };
  }
}

const isYearNumber = (n: number) => Number.isInteger(n) && n >= 1000 && n <= 2100;

type Context = ConceptContext;

// Words that are no figure by the guidelines, though the grammar reads a number in them.
const NOT_FIGURES = /^((an? )?(single|sole|lone)(-[a-z]+)?|half-time|half time|halftime)$/i;

function amountFigure(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  f: FoundFigure,
  context: Context,
  dateCtx: DateCtx | null = null,
): { figure: Figure; concept: Concept | null } | null {
  if (!f.shapes[0]) return null;
  const amount = f.amount ?? durationAmount(tokens, f);
  if (!amount) return null;
  let first = f.core.first;
  // The range's own words are inside: "between $41 and $45", "from 10 to 20".
  if (amount.range && !amount.score && /^(between|from)$/.test(words[first - 1] ?? '')) first--;
  let last = Math.min(f.core.last, lastOfAmount(tokens, f), f.valueLast);
  const coreText = text.slice(tokens[f.core.first]!.start, tokens[last]!.end);
  if (NOT_FIGURES.test(coreText)) return null;
  // "a third day", "a fifth time": an ordinal, not a fraction (but "rose by a third last year").
  if (
    amount.kind === 'fraction' &&
    /^an? /i.test(coreText) &&
    tokens[last + 1]?.type === 'word' &&
    (!tokens[last + 1]!.stop || tokens[last + 1]!.cap) &&
    !/^(last|this|next|compared|year-on-year)$/.test(words[last + 1] ?? '')
  )
    return null;
  // "for a third straight year": a place in a run.
  if (amount.kind === 'fraction' && /^an? \w+ (?:straight|consecutive|successive|running)\b/i.test(coreText))
    return null;
  // "2002-2003", "from 1980 to 2012", "2029-30": years, a span of dates.
  // ("1,402 to 1,391": a number grouped by commas is never a year.)
  const years =
    !/\d,\d{3}/.test(coreText) &&
    ((isYearNumber(amount.lo) && isYearNumber(amount.hi)) || (isYearNumber(amount.hi) && amount.lo < 100));
  if (amount.range && !amount.unit && years && dateCtx) {
    return {
      figure: dateFigure(
        text,
        tokens,
        words,
        { first, last: f.core.last, lead: words[first - 1] ?? '' },
        f.core.first,
        dateCtx,
      ),
      concept: null,
    };
  }
  const hedge = leadingHedge(words, f.core.first);
  const trailing = amount.trailing;
  let kind = amount.kind;
  let unit = amount.unit?.name ?? null;
  if (kind === 'count' && isAge(tokens, words, f.core.first, last, amount)) [kind, unit] = ['age', 'year'];
  const change: Change = amount.score
    ? '='
    : changeOf(tokens, f.core.first, last, kind, trailing ? changeOfHedge(trailing) : null, words);
  const { counts, people, concept } = countsOf(tokens, f.core.first, last, kind, text, context);
  if (kind === 'count' && people) unit = 'person';
  // "14 points behind", "three points ahead" in a sentence of percentages: percentage points.
  if (
    kind === 'count' &&
    /^points?$/.test(words[last + 1] ?? '') &&
    /^(ahead|behind|clear)$/.test(words[last + 2] ?? '') &&
    /%|\bper ?cent\b/i.test(dateCtx?.clause ?? text)
  ) {
    [kind, unit] = ['percent', 'percentage point'];
    last++;
  }
  const value = amount.score || amount.span ? ([amount.lo, amount.hi] as [number, number]) : amount.lo;
  const effect: HedgeEffect | null = hedge ?? trailing;
  const [lo, hi] = amount.score
    ? [amount.lo, amount.hi]
    : hedgedInterval(Math.min(amount.lo, amount.hi), Math.max(amount.lo, amount.hi), effect);
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
