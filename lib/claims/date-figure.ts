// A date figure as the figures command reports it: its value as written (a day, a month, a year or [first, last]),
// the interval its words allow (an open side null), and its change ("by March" <, "more than three weeks ago" <).
import { daysInMonth, EARLIEST_DAY, LATEST_DAY, partsOf } from '../quantity/calendar';
import { type HedgeEffect, leadingHedgeAt } from '../quantity/hedges';
import type { DaySpan } from '../quantity/parse-date';
import { type Change, changeOfHedge, type QuantityFigure } from '../quantity/quantity';
import type { DateSpan } from './date-spans';
import type { Tense } from './figure-tense';
import { countsOf } from './figure-counts';
import { resolveDate } from './figure-dates';
import type { Token } from './tokens';

/** The publication day, the outlet's country and the clause a date is read in. */
export type DateCtx = {
  published: string | null;
  country: string | null;
  clause: string;
  /** The whole sentence, lower-cased, when the clause's words do not say the tense. */
  sentence?: string;
  tense?: Tense | null;
};

const BEFORE = /^(by|before)$/;
const AFTER = /^(after)$/;

/** The words of the clause around tokens [first, last], up to a comma, semicolon, colon, dash or bracket. */
export function clauseOf(words: readonly string[], first: number, last: number): string {
  const stop = /^[,;:\u2013\u2014()]$/;
  let a = first;
  while (a > 0 && !stop.test(words[a - 1]!)) a--;
  let b = last;
  while (b < words.length - 1 && !stop.test(words[b + 1]!)) b++;
  return words.slice(a, b + 1).join(' ');
}

/** The hedge right before token `first` ("more than"), or null. */
export function leadingHedge(words: readonly string[], first: number): HedgeEffect | null {
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const h = leadingHedgeAt(words, j);
    if (h && h.end === first) return h.effect;
  }
  return null;
}

/** The figure a date span names. */
export function dateFigure(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  span: DateSpan,
  coreFirst: number,
  ctx: DateCtx,
): QuantityFigure {
  const { first, last } = span;
  const spanText = text.slice(tokens[first]!.start, tokens[last]!.end);
  const base = {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    text: spanText,
    unit: 'date',
    kind: 'date' as const,
  };
  const counts = countsOf(tokens, first, last, 'date', text, {
    earlier: null,
    previous: null,
    previousTokens: [],
  }).counts;
  // "by the end of this year", "before the end of March": the word before the article.
  const edge = /^(end|beginning|start|middle)$/.test(words[first] ?? '');
  const leadWord = (edge && words[first - 1] === 'the' ? words[first - 2] : span.lead.split(' ').pop()) ?? '';
  const hedge = leadingHedge(words, coreFirst);
  const ago = words[last] === 'ago';
  // "no later than Friday" is by Friday; "no earlier than" after it.
  const bound = words.slice(Math.max(0, first - 3), first).join(' ');
  const before = BEFORE.test(leadWord) || bound === 'no later than';
  const after = AFTER.test(leadWord) || bound === 'no earlier than';
  let change: Change = before ? '<' : after ? '>' : '=';
  // "more than three weeks ago" is before that day; "less than a week ago" after it.
  if (hedge && ago) change = /^(moreThan|atLeast|justOver)$/.test(hedge) ? '<' : hedge === 'about' ? '~' : '>';
  else if (hedge) change = changeOfHedge(hedge);
  // "a couple of years ago": about two.
  else if (/^a couple of /i.test(spanText)) change = '~';
  // A written year or decade needs no publication day to be read.
  const needsDay =
    !/(?<!\d)(1[0-9]|20)\d\d(?!\d)/.test(spanText) &&
    !/^(['\u2019]?[2-9]0['\u2019]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i.test(
      spanText,
    );
  if (needsDay && !ctx.published) return { ...base, value: null, interval: null, change, counts };
  const dctx = {
    published: ctx.published ?? '2000-01-01',
    country: ctx.country,
    clause: ctx.clause,
    sentence: ctx.sentence,
    tense: ctx.tense,
  };
  const bare = hedge && ago ? text.slice(tokens[coreFirst]!.start, tokens[last]!.end) : spanText;
  const own = resolveDate(bare, dctx);
  if (!own) return { ...base, value: null, interval: null, change, counts };
  let interval: [string | null, string | null] = [own.lo, own.hi];
  if (change === '<') interval = [before && ctx.published && own.hi >= ctx.published ? ctx.published : null, own.hi];
  if (change === '>') interval = [own.lo, null];
  // "more than three weeks ago": the days the hedged words allow, an open side null.
  if (hedge && ago) {
    const span = resolveDate(spanText.replace(/ ago$/i, ' ago'), dctx, true);
    if (span) interval = [span.lo === EARLIEST_DAY ? null : span.lo, span.hi === LATEST_DAY ? null : span.hi];
  }
  return { ...base, value: written(own), interval, change, counts };
}

// A day as "YYYY-MM-DD", a whole month as "YYYY-MM", a whole year as "YYYY", anything else as [lo, hi].
function written(span: DaySpan): string | [string, string] {
  if (span.lo === span.hi) return span.lo;
  const a = partsOf(span.lo);
  const b = partsOf(span.hi);
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (wholeMonths && a.year === b.year && a.month === 1 && b.month === 12) return String(a.year).padStart(4, '0');
  if (wholeMonths && a.year === b.year && a.month === b.month) return span.lo.slice(0, 7);
  return [span.lo, span.hi];
}
