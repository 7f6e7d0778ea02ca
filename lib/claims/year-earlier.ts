// "a year ago", "a year earlier", "the same period last year" in a sentence about a month or a quarter: that period a
// year before ("sales fell in January from a year ago" compares two Januaries), not a whole year or a duration; "the
// same period of 2024": that period in the year named.
import { addYears, daysFrom, partsOf } from '../quantity/calendar';
import type { QuantityFigure } from '../quantity/quantity';
import { daysOf } from './date-runs';

// The phrase's own words, and the words that may come before it in its span.
const YEAR_BACK =
  /^(?:a|one) year (?:ago|earlier|before)$|^(?:the )?same (?:period|time|point|month|quarter) (?:a year (?:ago|earlier)|(?:(?:of|in) )?(?:the )?last year)$/i;
// "the same period of 2024", "the same time in 2008": the period in that year.
const IN_YEAR = /^(?:the )?same (?:period|time|point|month|quarter) (?:of|in) ((?:19|20)\d\d)$/i;
const LEAD_IN = /(?:\b(?:the )?same (?:period|time|point|month|quarter) (?:(?:of|in) )?(?:the )?)$/i;
const AFTER = /^ (earlier|before)\b/;
// The longest period a sentence may name for the phrase to mean it a year before: a year ("the six months to
// December 31, up from a year earlier").
const MAX_DAYS = 366;

/**
 * Rewrites, in place, a sentence's "a year ago" (read as a year), "a year" + "earlier" (read as a duration) and
 * "same period last year" (read as last year) when an earlier date figure of the sentence names a month or a quarter
 * (or, for "a year earlier", a whole year).
 */
export function periodsAYearBack(text: string, figures: QuantityFigure[]): void {
  const rewritten = new Set<number>();
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i]!;
    const span = spanOf(text, f);
    if (!span) continue;
    // The period the sentence speaks of, not another year-back phrase of it.
    let reference: QuantityFigure | undefined;
    // "in 2005 …, down from 18.3% a year earlier": a whole year is a period too, when the phrase counts back from it.
    const fromYear = /\byear (?:earlier|before)$/i.test(text.slice(span.start, span.end));
    for (let k = i - 1; k >= 0 && !reference; k--) {
      const g = figures[k]!;
      if (g.kind === 'date' && !rewritten.has(k) && periodDays(g, fromYear) !== null) reference = g;
    }
    const back = reference && shifted(reference, span.year);
    if (!back) continue;
    rewritten.add(i);
    figures[i] = {
      ...f,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      value: back.value,
      interval: back.interval,
      unit: 'date',
      change: '=',
      kind: 'date',
    };
  }
}

// The whole phrase around a figure of it ("a year" + " earlier", "same period " + "last year", "same period of " +
// "2024") and the year it names (null: a year before), or null.
function spanOf(text: string, f: QuantityFigure): { start: number; end: number; year: number | null } | null {
  let { start, end } = f;
  const after = AFTER.exec(text.slice(end, end + 10));
  if (/^(?:a|one) year$/i.test(f.text) && after && f.kind === 'duration') end += after[0].length;
  const before = LEAD_IN.exec(text.slice(Math.max(0, start - 30), start));
  if (before && /^(?:last year|a year (?:ago|earlier)|(?:19|20)\d\d)$/i.test(f.text)) start -= before[0].length;
  // The article is the sentence's, not the period's: "on the same period of 2024" is spanned from "same".
  if (before && /^the /i.test(before[0])) start += 4;
  const phrase = text.slice(start, end);
  const inYear = IN_YEAR.exec(phrase);
  if (inYear) return { start, end, year: Number(inYear[1]) };
  return YEAR_BACK.test(phrase) ? { start, end, year: null } : null;
}

// Days of a date figure that names a month, a quarter or a run of months (null for a day, a calendar year or an open
// span).
function periodDays(f: QuantityFigure, yearToo = false): number | null {
  const days = daysOf(f);
  if (!days) return null;
  const [lo, hi] = days;
  const n = daysFrom(lo, hi) + 1;
  const calendarYear = lo.endsWith('-01-01') && hi.endsWith('-12-31');
  return n >= 28 && n <= MAX_DAYS && (!calendarYear || yearToo) ? n : null;
}

// The period moved to a year before, or to the named year (null when that is its own year).
function shifted(
  f: QuantityFigure,
  year: number | null,
): { value: QuantityFigure['value']; interval: [string, string] } | null {
  const [lo, hi] = daysOf(f)!;
  const by = year === null ? -1 : year - partsOf(lo).year;
  if (by === 0) return null;
  const from = addYears(lo, by);
  const to = addYears(hi, by);
  const month = typeof f.value === 'string' && /^\d{4}-\d{2}$/.test(f.value);
  const whole = typeof f.value === 'string' && /^\d{4}$/.test(f.value);
  const value = month ? from.slice(0, 7) : whole ? from.slice(0, 4) : [from, to];
  return { value: value as QuantityFigure['value'], interval: [from, to] };
}
