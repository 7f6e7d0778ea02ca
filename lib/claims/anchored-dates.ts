// Dates counted from another date of the text: "the next day", "the following year", "the day before", "the same
// day" are read from the nearest date before them that names a day (or, for a week, a month or a year, any date), not
// from the day the text was published. Without such a date in its paragraph, "the following day" names none a reader
// could compare, and is left out.
import { addDays, addYears, daysFrom, isoOf, monthSpan, partsOf, weekSpan } from '../quantity/calendar';
import type { QuantityFigure } from '../quantity/quantity';

const ANCHORED =
  /^(?:the )?(?:(following|next|previous|same) (day|week|month|year|night|morning|evening|afternoon)|(day|week|month|year|night|morning|evening) (before|after|earlier|later|previous))$|^(?:later |earlier )?(that) (night|morning|evening|afternoon|day)$/i;
// The parts of a day: "the previous night", "later that morning" are days of the text's own dates.
const PART_OF_DAY = /^(night|morning|evening|afternoon)$/;

/**
 * Rewrites, in place, the anchored dates of a text's figures (in text order) from the date before each; one with no
 * date before it in its paragraph is left out. "next month" and "the previous year" are counted from publication
 * unless their sentence gives a date before them ("in 1999; the next year").
 */
export function anchoredDates(text: string, figures: QuantityFigure[]): void {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (f.kind !== 'date') continue;
    const m = ANCHORED.exec(f.text);
    if (!m) continue;
    const word = (m[1] ?? m[4] ?? m[5]!).toLowerCase();
    const named = (m[2] ?? m[3] ?? m[6]!).toLowerCase();
    const partOfDay = PART_OF_DAY.test(named);
    const unit = (partOfDay ? 'day' : named) as 'day' | 'week' | 'month' | 'year';
    const step = word === 'same' || word === 'that' ? 0 : /^(previous|before|earlier)$/.test(word) ? -1 : 1;
    // "next month" may be counted from publication; "the next morning" only from a day of the text.
    // ("the next day" is a day of the text too, even a sentence before.)
    const relative = /^(next|previous)$/.test(word) && !partOfDay && unit !== 'day';
    if (relative && !/\bthe $/i.test(text.slice(Math.max(0, f.start - 4), f.start))) continue;
    const anchor = anchorBefore(text, figures, i, unit, relative ? /[.!?]\s/ : /\n\n/);
    if (!anchor && relative) continue;
    const span = anchor ? moved(anchor, unit, step) : null;
    const wholeSpan = span && unit === 'year' && !span.lo.endsWith('-01-01');
    if (!span) {
      figures.splice(i, 1);
      continue;
    }
    const value =
      unit === 'day'
        ? span.lo
        : unit === 'month'
          ? span.lo.slice(0, 7)
          : unit === 'year' && !wholeSpan
            ? span.lo.slice(0, 4)
            : [span.lo, span.hi];
    figures[i] = { ...f, value: value as QuantityFigure['value'], interval: [span.lo, span.hi] };
  }
}

// The first day of the nearest date before figure i that can anchor a unit (a single day for a day, any date else),
// with no `boundary` (a sentence's end, a paragraph's) between them.
function anchorBefore(
  text: string,
  figures: readonly QuantityFigure[],
  i: number,
  unit: string,
  boundary: RegExp,
): { lo: string; hi: string } | null {
  for (let k = i - 1; k >= 0; k--) {
    const g = figures[k]!;
    if (boundary.test(text.slice(g.end, figures[i]!.start))) return null;
    if (g.kind !== 'date' || !g.interval) continue;
    const [lo, hi] = g.interval;
    if (typeof lo !== 'string' || typeof hi !== 'string') continue;
    if (unit === 'day' && lo !== hi) continue;
    // A week or a month is counted from a date no longer than it ("the week ending May 18 … the previous week"),
    // never from a year ("compared to 2008, up from the previous month").
    const days = daysFrom(lo, hi) + 1;
    if ((unit === 'week' && days > 7) || (unit === 'month' && days > 31)) continue;
    return { lo, hi };
  }
  return null;
}

function moved(
  anchor: { lo: string; hi: string },
  unit: 'day' | 'week' | 'month' | 'year',
  step: number,
): { lo: string; hi: string } {
  const day = anchor.lo;
  // "in the 12 months to June …, up from … the year before": that span of a year, a year earlier.
  const days = daysFrom(anchor.lo, anchor.hi) + 1;
  if (unit === 'year' && days >= 360 && days <= 367 && !anchor.lo.endsWith('-01-01'))
    return { lo: addYears(anchor.lo, step), hi: addYears(anchor.hi, step) };
  const { year, month } = partsOf(day);
  if (unit === 'day') {
    const d = addDays(day, step);
    return { lo: d, hi: d };
  }
  // "the week ending May 18", then "the previous week": the seven days before those seven.
  if (unit === 'week' && days === 7) return { lo: addDays(anchor.lo, 7 * step), hi: addDays(anchor.hi, 7 * step) };
  if (unit === 'week') return weekSpan(day, step);
  if (unit === 'month') return monthSpan(year, month, step);
  return { lo: isoOf(year + step, 1, 1), hi: isoOf(year + step, 12, 31) };
}
