// "the 12 months to June", "the six months ended December 31", "the four weeks to January 3": a run of months or
// weeks that ends with a month or a day is one date figure, where the claim finder reads a duration and a date.
import { addDays, isIsoDate, monthSpan, partsOf } from '../quantity/calendar';
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
