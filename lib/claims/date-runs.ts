// Runs of days read as one date figure where the sentence's figures split them: "the 12 months to June", "the six
// months ended December 31" (a duration and the date that ends it), "between January and mid-April" (a date the
// claim finder reads and one found by pattern), and "between 1 and 5 March", "28 and 29 August 2027" (days written
// before their month, read as numbers).
import { addDays, daysFrom, daysInMonth, isIsoDate, isoOf, monthSpan, partsOf } from '../quantity/calendar';
import type { QuantityFigure } from '../quantity/quantity';

const ENDING = /^ (?:to|ended|ending|through|till|until) $/i;
// The longest run read this way: two years of months, a year of weeks.
const MOST = { month: 24, week: 53 } as const;

/** The first and last day a date figure allows, when both are days. */
export function daysOf(f: QuantityFigure): [string, string] | null {
  const [lo, hi] = f.interval ?? [null, null];
  return typeof lo === 'string' && typeof hi === 'string' && isIsoDate(lo) && isIsoDate(hi) ? [lo, hi] : null;
}

// Replaces figures i and i + 1 by one date figure from `from` to `to`, spanning both (built on `base`).
function joinPair(text: string, figures: QuantityFigure[], i: number, base: QuantityFigure, from: string, to: string) {
  const start = figures[i]!.start;
  const end = figures[i + 1]!.end;
  figures.splice(i, 2, { ...base, start, end, text: text.slice(start, end), value: [from, to], interval: [from, to] });
}

/** Rewrites, in place, a duration of months or weeks and the date after it that ends it into one date figure. */
export function periodsEnding(text: string, figures: QuantityFigure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const run = figures[i]!;
    const end = figures[i + 1]!;
    const n = run.value;
    if (run.kind !== 'duration' || run.change !== '=' || (run.unit !== 'month' && run.unit !== 'week')) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MOST[run.unit]) continue;
    if (end.kind !== 'date' || end.change !== '=' || !ENDING.test(text.slice(run.end, end.start))) continue;
    const days = daysOf(end);
    // The end is a month or a day, never a year or a run of its own.
    if (!days || daysFrom(days[0], days[1]) > 30) continue;
    const { year, month } = partsOf(days[1]);
    const from = run.unit === 'month' ? monthSpan(year, month, 1 - n).lo : addDays(days[1], 1 - 7 * n);
    joinPair(text, figures, i, end, from, days[1]);
  }
}

/** Merges, in place, "between" + a date + "and" + a date into one date from the first's first day to the second's last. */
export function betweenDates(text: string, figures: QuantityFigure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.kind !== 'date' || b.kind !== 'date' || a.change !== '=' || b.change !== '=') continue;
    if (!/^between /i.test(a.text) || text.slice(a.end, b.start) !== ' and ') continue;
    const [first, last] = [daysOf(a), daysOf(b)];
    if (first && last && first[0] <= last[1]) joinPair(text, figures, i, a, first[0], last[1]);
  }
}

const isDay = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 31;

/**
 * Merges, in place, days written before their month into one date: a range of numbers and the month after it
 * ("between 1 and 5 March", "3-5 March"), or a number and the day after it ("28 and 29 August 2027").
 */
export function daysBeforeMonth(text: string, figures: QuantityFigure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const days = figures[i]!;
    const date = figures[i + 1]!;
    if (days.kind !== 'count' || days.unit !== null || date.kind !== 'date' || date.change !== '=') continue;
    const span = daysOf(date);
    if (!span) continue;
    const [lo, hi] = span;
    const gap = text.slice(days.end, date.start);
    const { year, month, day } = partsOf(lo);
    let from: string | null = null;
    let to = hi;
    const range = Array.isArray(days.value) ? days.value : null;
    const wholeMonth = day === 1 && partsOf(hi).day === daysInMonth(year, month) && partsOf(hi).month === month;
    if (range && gap === ' ' && wholeMonth && isDay(range[0]) && isDay(range[1]) && range[0] < range[1]) {
      if (range[1] > daysInMonth(year, month)) continue;
      from = isoOf(year, month, range[0]);
      to = isoOf(year, month, range[1]);
    } else if (isDay(days.value) && /^ (?:and|to|-|\u2013) $/.test(gap) && lo === hi && days.value < day)
      from = isoOf(year, month, days.value);
    if (from) joinPair(text, figures, i, date, from, to);
  }
}
