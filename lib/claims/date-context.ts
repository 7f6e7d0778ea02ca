// What a date phrase is read against, and the words around it that place it: its clause's tense, the year of a month
// written without one, relative years ("last year"), seasons (southern ones where the outlet is). Shared by the
// readers of dates (figure-dates.ts) and of named periods of a year (figure-periods.ts).
import { addDays, daysInMonth, isoOf, monthSpan, partsOf } from '../quantity/calendar';
import { UNITS, TENS } from '../quantity/number-words';
import type { DaySpan } from '../quantity/parse-date';
import type { Tense } from './figure-tense';
import { wordTable } from '../quantity/word-table';

/** A month's name or its abbreviation, as a capturing group. */
export const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SOUTH = new Set(['au', 'nz', 'za']);
const SEASONS = wordTable<number>({ spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 });
export const ORDINAL = wordTable<number>({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
});
const FUTURE =
  /\b(will|shall|'ll|going to|set to|due|expected|scheduled|plans? to|(?:voted|agreed|decided|pledged|promised|vowed)(?: \S+){0,4} to (?!the\b|a\b|\d)[a-z]+|is to|are to|next|coming(?! (?:from|out|back|off|in|into|through|down|up|across|over|under)\b)|upcoming|forecast|could|may|might|until|till|starting|begins?|opens?|resumes?)\b/;

// Verbs of a clause that place it in the past.
const PAST =
  /\b(was|were|had|did|said|told|ran|went|came|took|made|gave|found|left|began|won|lost|fell|rose|struck|sold|paid|became|\w{3,}ed)\b/;

/** What a date phrase is read against. */
export interface DateContext {
  published: string;
  country: string | null;
  /** The words of the clause around the phrase: their tense says whether a weekday is past or coming. */
  clause: string;
  /** The whole sentence, lower-cased, when the clause's words do not say the tense. */
  sentence?: string;
  /** The tense of the verb that governs the phrase, when its words say it (figure-tense.ts). */
  tense?: Tense | null;
}

// Whether the phrase speaks of what is coming: by its governing verb, else by any word of its clause.
// ("queued until well after 9pm on Wednesday": a past verb's "until" is no future.)
const UNTIL = /\b(?:until|till)\b/;
export const coming = (ctx: DateContext) =>
  ctx.tense
    ? ctx.tense === 'future'
    : FUTURE.test(ctx.clause.replace(/\b(?:until|till)\b/g, '')) || (UNTIL.test(ctx.clause) && !PAST.test(ctx.clause));

// The year of a month or day written without one: the year of publication, unless the words place it in the past and
// that would be after publication ("has made $186.5 million since its release Dec. 22", written on 7 January 2005:
// 2004), or in what is coming and that would be well before it.
export function yearByTense(month: number, day: number | null, ctx: DateContext): number {
  const pub = partsOf(ctx.published);
  const lo = isoOf(pub.year, month, 1);
  const hi = monthSpan(pub.year, month).hi;
  const at = day !== null && day <= daysInMonth(pub.year, month) ? isoOf(pub.year, month, day) : null;
  // Where the nearest words do not say, the clause may, or else the sentence: "ran out of funds in December", "the
  // collapse of Lehman Brothers in September", "fell to 7.46 million in December, down from 7.48 million in November"
  // after a verb in the past, with nothing of what is coming.
  const pastIn = (words: string | undefined) => words !== undefined && PAST.test(words) && !FUTURE.test(words);
  // (A day within a month after publication is more likely coming than a year old: "a first stop on November 11"
  // in a text of November 5.)
  const farAhead = (at ?? lo) > addDays(ctx.published, 31);
  const guessed = farAhead && (pastIn(ctx.clause) || (!FUTURE.test(ctx.clause) && pastIn(ctx.sentence)));
  const tense = ctx.tense ?? (guessed ? 'past' : null);
  // A day a few days after publication told in the past is the same year's: the page's date lags its copy, or the
  // verb is a plan's ("was set to explode on Monday, December 6").
  const daysAhead = at !== null && at <= addDays(ctx.published, 7);
  if (tense === 'past' && (at ?? lo) > ctx.published && !daysAhead) return pub.year - 1;
  if (ctx.tense === 'future' && (at ?? hi) < addDays(ctx.published, -31)) return pub.year + 1;
  // A day early in the next year, in words that do not tell it in the past ("tickets for the Jan. 1 game" written in
  // December, "the fare rises on Jan. 1" in September): the coming one, not one more than half a year gone.
  const comingDay =
    at !== null && day !== null && day <= daysInMonth(pub.year + 1, month) ? isoOf(pub.year + 1, month, day) : null;
  const toldPast = pastIn(ctx.clause) || pastIn(ctx.sentence);
  const early = at !== null && at < addDays(ctx.published, -182);
  if (tense !== 'past' && !toldPast && early && comingDay && comingDay <= addDays(ctx.published, 120))
    return pub.year + 1;
  return pub.year;
}

export function one(day: string): DaySpan {
  return { lo: day, hi: day };
}

export function relativeYear(words: string | undefined, year: number): number {
  if (!words) return year;
  if (/^\d{4}$/.test(words)) return Number(words);
  return words.startsWith('last') ? year - 1 : words.startsWith('next') ? year + 1 : year;
}

// A small number in digits or words ("three", "10"), or null.
export function amountWord(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  return UNITS[w] ?? TENS[w] ?? null;
}

// Meteorological seasons, in the southern hemisphere where the outlet is.
export function seasonSpan(name: string, which: string | undefined, stated: number | null, ctx: DateContext): DaySpan {
  const start = ((SEASONS[name]! + (SOUTH.has(ctx.country ?? '') ? 6 : 0) - 1) % 12) + 1;
  const span = (y: number): DaySpan => ({ lo: monthSpan(y, start).lo, hi: monthSpan(y, start, 2).hi });
  if (stated !== null) return span(stated);
  const pub = partsOf(ctx.published);
  // The season containing publication, or the one that started this year.
  let y = pub.year;
  if (start > pub.month && start === 12) y = pub.year - 1;
  let current = span(y);
  if (current.lo > ctx.published && start !== 12) current = span(y);
  const inside = current.lo <= ctx.published && ctx.published <= current.hi;
  if (which === 'last' || which === 'past')
    return inside || current.lo > ctx.published ? span(partsOf(current.lo).year - 1) : current;
  if (which === 'next' || which === 'coming' || which === 'this coming')
    return current.hi < ctx.published || inside ? span(partsOf(current.lo).year + 1) : current;
  return current;
}
