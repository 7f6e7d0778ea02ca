// The named periods of a year a date phrase may be: quarters ("the fourth quarter", "Q3 2009", "the September
// quarter", "the last financial quarter"), halves, "the first eight months of the year", early, mid or late in a
// year, and seasons.
import { addDays, isoOf, monthNumber, monthSpan, partsOf } from '../quantity/calendar';
import type { DaySpan } from '../quantity/parse-date';
import {
  amountWord,
  coming,
  type DateContext,
  MONTH,
  ORDINAL,
  relativeYear,
  seasonSpan,
  yearByTense,
} from './date-context';

/** The days of a named period of a year, or null when the phrase names none. */
export function periodOf(s: string, ctx: DateContext): DaySpan | null {
  const pub = partsOf(ctx.published);
  // Quarters and halves: "first quarter of 2009", "fourth-quarter 2006", "first half of 2026", "the October-December
  // quarter".
  const quarter =
    /^(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])[- ]quarter(?: of)?(?: (\d{4}|this year|last year|next year))?$/.exec(
      s,
    );
  if (quarter) {
    const q = quarter[1]!.startsWith('q') ? Number(quarter[1]![1]) : ORDINAL[quarter[1]!]!;
    let y = relativeYear(quarter[2], pub.year);
    // A quarter named without its year that begins months after publication is last year's ("record profits for the
    // fourth quarter" in January), unless the words look ahead; one about to begin is this year's.
    if (!quarter[2] && monthSpan(y, q * 3 - 2).lo > addDays(ctx.published, 92) && !coming(ctx)) y--;
    return { lo: monthSpan(y, q * 3 - 2).lo, hi: monthSpan(y, q * 3).hi };
  }
  // "the last quarter", "the last financial quarter": the calendar quarter before the one of publication;
  // "this quarter", "the current quarter": that one.
  const namedQuarter = /^(last|this|current) (?:financial |fiscal )?quarter$/.exec(s);
  if (namedQuarter) {
    const q = Math.ceil(pub.month / 3) - (namedQuarter[1] === 'last' ? 1 : 0);
    const [y, qq] = q < 1 ? [pub.year - 1, 4] : [pub.year, q];
    return { lo: monthSpan(y, qq * 3 - 2).lo, hi: monthSpan(y, qq * 3).hi };
  }
  const months = new RegExp(`^${MONTH}-${MONTH} quarter$`).exec(s);
  if (months) {
    const [a, b] = [monthNumber(months[1]!)!, monthNumber(months[2]!)!];
    const y = a > pub.month ? pub.year - 1 : pub.year;
    return { lo: monthSpan(y, a).lo, hi: monthSpan(b >= a ? y : y + 1, b).hi };
  }
  // "the first eight months of the year", "the first two months of 2009".
  const firstMonths = /^first (\S+) months of (?:the year|(\d{4}|this year|last year|next year))$/.exec(s);
  const monthCount = firstMonths ? amountWord(firstMonths[1]!) : null;
  if (firstMonths && monthCount !== null && monthCount >= 1 && monthCount <= 12) {
    const y = relativeYear(firstMonths[2], pub.year);
    return { lo: isoOf(y, 1, 1), hi: monthSpan(y, monthCount).hi };
  }
  const half = /^(first|second) half(?: of)?(?: (\d{4}|this year|last year|next year))?$/.exec(s);
  if (half) {
    const y = relativeYear(half[2], pub.year);
    return half[1] === 'first'
      ? { lo: isoOf(y, 1, 1), hi: isoOf(y, 6, 30) }
      : { lo: isoOf(y, 7, 1), hi: isoOf(y, 12, 31) };
  }
  // "early 2016", "early in 2016", "late last year": a third of the year.
  const partYear = /^(early|mid|late)(?: in|-)? ?(\d{4}|this year|last year|next year)$/.exec(s);
  if (partYear) {
    const y = relativeYear(partYear[2], pub.year);
    const [a, b] = partYear[1] === 'early' ? [1, 4] : partYear[1] === 'mid' ? [5, 8] : [9, 12];
    return { lo: monthSpan(y, a).lo, hi: monthSpan(y, b).hi };
  }
  // Seasons: "spring", "last summer", "this winter", "spring of 2003", "the summer of 2012".
  const season =
    /^(?:(last|this|next|this coming|coming|past) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$/.exec(s);
  if (season) return seasonSpan(season[2]!, season[1], season[3] ? Number(season[3]) : null, ctx);
  // "the September quarter" (in Australian and Indian copy): the three months ending with that month.
  const endingQuarter = /^(march|june|september|december) quarter$/.exec(s);
  if (endingQuarter) {
    const m = monthNumber(endingQuarter[1]!)!;
    const end = monthSpan(yearByTense(m, null, ctx), m);
    return { lo: monthSpan(partsOf(end.lo).year, m, -2).lo, hi: end.hi };
  }
  return null;
}
