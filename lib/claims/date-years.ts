// Dates written by a year's own shape, read before the general rules of figure-dates.ts: a year of the century written
// short ("that was '79", "'50 to '57"), a decade written short ("the early '80s"), a year before the 1900s or of the
// next century ("in 1659", "by 2100"), the year so far ("year-to-date"), the rest of the decade, and a geological age
// ("95 million years ago"), which names no calendar day; and vague counts back ("several years ago") in whole years.
import { daysInMonth, isoOf, partsOf } from '../quantity/calendar';
import type { DaySpan } from '../quantity/parse-date';

/**
 * The days a phrase of these shapes names, null when it names none (a geological age), or undefined when the phrase is
 * of none of them. `phrase` is as written, `s` as figure-dates.ts normalised it (lower case, apostrophes dropped).
 */
export function yearsWritten(phrase: string, s: string, published: string): DaySpan | null | undefined {
  const pubYear = partsOf(published).year;
  // "95 million years ago": no day of a calendar a reader could compare.
  if (/\b(?:thousand|million|billion) years ago$/.test(s)) return null;
  // "year-to-date": from the year's first day to publication.
  if (/^(?:this )?year-to-date$/.test(s)) return { lo: `${pubYear}-01-01`, hi: published };
  // "in '95", "since '82": a year of the century that makes it past or this one.
  const short = /^['\u2019](\d\d)(?: ?(?:to|and|-|\u2013) ?['\u2019](\d\d))?$/.exec(phrase.trim());
  if (short) {
    const full = (yy: number) =>
      yy <= pubYear % 100 ? pubYear - (pubYear % 100) + yy : pubYear - (pubYear % 100) - 100 + yy;
    const [a, b] = [full(Number(short[1])), full(Number(short[2] ?? short[1]))];
    return a <= b ? { lo: `${a}-01-01`, hi: `${b}-12-31` } : null;
  }
  // "the early '80s": the decade's first third.
  const shortDecade = /^(?:the )?(early|mid|late)[- ]['\u2019]([2-9])0s$/.exec(phrase.trim().toLowerCase());
  if (shortDecade) {
    const start = 1900 + Number(shortDecade[2]) * 10;
    const [a, b] = shortDecade[1] === 'early' ? [0, 2] : shortDecade[1] === 'mid' ? [3, 6] : [7, 9];
    return { lo: isoOf(start + a, 1, 1), hi: isoOf(start + b, 12, 31) };
  }
  // "in 1659", "by 2100": a year before the 1900s, written after its preposition, or of the next century.
  if (/^(?:1[0-8]|21)\d\d$/.test(s)) return { lo: `${s}-01-01`, hi: `${s}-12-31` };
  // "the rest of the decade": from publication to the decade's last day.
  if (/^(?:remainder|rest) of the decade$/.test(s))
    return { lo: published, hi: `${Math.floor(pubYear / 10) * 10 + 9}-12-31` };
  return undefined;
}

/** "several years ago", "a few months ago": the span widened to the whole years or months it touches, as "N years ago"
 * is a year; any other phrase's span as it is. */
export function wholeVagueAgo(s: string, span: DaySpan): DaySpan {
  const vague = /^(?:several|a few|few|some|many) (month|year)s ago$/.exec(s);
  if (!vague) return span;
  const a = partsOf(span.lo);
  const b = partsOf(span.hi);
  if (vague[1] === 'year') return { lo: isoOf(a.year, 1, 1), hi: isoOf(b.year, 12, 31) };
  return { lo: isoOf(a.year, a.month, 1), hi: isoOf(b.year, b.month, daysInMonth(b.year, b.month)) };
}
