// Runs of days read as one date figure where the sentence's figures split them: "the 12 months to June", "the six
// months ended December 31" (a duration and the date that ends it), "between January and mid-April" (a date the
// claim finder reads and one found by pattern), and "between 1 and 5 March", "28 and 29 August 2027" (days written
// before their month, read as numbers).
import { addDays, daysInMonth, isIsoDate, isoOf, monthSpan, partsOf } from '../quantity/calendar';
import type { QuantityFigure } from '../quantity/quantity';

const ENDING = /^ (?:to|ended|ending|through|till|until) $/i;
// The longest run read this way: two years of months, a year of weeks.
const MOST = { month: 24, week: 53 } as const;

/** Rewrites, in place, a duration of months or weeks and the date after it that ends it into one date figure. */
export function periodsEnding(text: string, figures: QuantityFigure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const run = figures[i]!;
    const end = figures[i + 1]!;
    const n = run.value;
    if (run.kind !== 'duration' || run.change !== '=' || (run.unit !== 'month' && run.unit !== 'week')) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MOST[run.unit]) continue;
    if (end.kind !== 'date' || end.change !== '=' || !ENDING.test(text.slice(run.end, end.start))) continue;
    const [lo, hi] = end.interval ?? [null, null];
    // The end is a month or a day, never a year or a run of its own.
    if (typeof lo !== 'string' || typeof hi !== 'string' || !isIsoDate(lo) || !isIsoDate(hi)) continue;
    if ((Date.parse(hi) - Date.parse(lo)) / 86_400_000 > 30) continue;
    const { year, month } = partsOf(hi);
    const from = run.unit === 'month' ? monthSpan(year, month, 1 - n).lo : addDays(hi, 1 - 7 * n);
    figures.splice(i, 2, {
      ...end,
      start: run.start,
      text: text.slice(run.start, end.end),
      value: [from, hi],
      interval: [from, hi],
    });
  }
}

/** Merges, in place, "between" + a date + "and" + a date into one date from the first's first day to the second's last. */
export function betweenDates(text: string, figures: QuantityFigure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.kind !== 'date' || b.kind !== 'date' || a.change !== '=' || b.change !== '=') continue;
    if (!/^between /i.test(a.text) || text.slice(a.end, b.start) !== ' and ') continue;
    const [lo] = a.interval ?? [null];
    const [, hi] = b.interval ?? [null, null];
    if (typeof lo !== 'string' || typeof hi !== 'string' || !isIsoDate(lo) || !isIsoDate(hi) || lo > hi) continue;
    figures.splice(i, 2, { ...a, end: b.end, text: text.slice(a.start, b.end), value: [lo, hi], interval: [lo, hi] });
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
    const [lo, hi] = date.interval ?? [null, null];
    if (typeof lo !== 'string' || typeof hi !== 'string' || !isIsoDate(lo) || !isIsoDate(hi)) continue;
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
    if (!from) continue;
    figures.splice(i, 2, {
      ...date,
      start: days.start,
      text: text.slice(days.start, date.end),
      value: [from, to],
      interval: [from, to],
    });
  }
}
