// The vocabulary of figures in news copy, as predicates over case-folded words: numbers and number words, time
// and distance units, month and weekday names, and the words that lead into a date ("in", "from", "starting in").
import { monthNumber, weekdayNumber } from '../quantity/calendar';
import { unitWord, TIME_UNITS, DISTANCE_UNITS, UNITS, TENS } from '../quantity/number-words';

// Spelled numbers to ninety: every word of them but the multipliers below.
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);
const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);
/** Amounts that stand alone: "dozens", "hundreds", "several", "scores" (of). */
const VAGUE_AMOUNTS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'several']);
/** Words that follow "a"/"an" in an amount: "a dozen", "a few", "a couple of", "a handful". */
const AFTER_A = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'dozen',
  'few',
  'couple',
  'handful',
  'single',
  'sole',
  'lone',
]);
const ONE_WORDS = new Set(['single', 'sole', 'lone']);
/** Parts of the day after a weekday: "Tuesday night". */
export const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);
/** Calendar spans named by "last/next/this …". */
export const CALENDAR_SPANS = new Set([
  'week',
  'weekend',
  'month',
  'year',
  'decade',
  'morning',
  'night',
  'evening',
  'afternoon',
  'summer',
  'winter',
  'spring',
  'autumn',
]);
/** Words that say a date is relative to the day the text was written. */
export const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/** Whether a folded word is a spelled-out number ("seven", "forty") or a multiplier ("hundred"). */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w) || MULTIPLIERS.has(w);
}

/** Whether a folded word starts with digits ("4000", "1.5", "26-day-old"). */
export function isDigits(w: string): boolean {
  return /^\d/.test(w);
}

/** Whether a folded word can start an amount on its own (digits, a number word, a vague amount, "sole"). */
export function startsAmount(w: string): boolean {
  return isDigits(w) || NUMBER_WORDS.has(w) || VAGUE_AMOUNTS.has(w) || ONE_WORDS.has(w) || w === 'tens';
}

/** Whether a folded word can continue an amount already started ("hundred", "and", "of thousands"...). */
export function continuesAmount(w: string): boolean {
  return isDigits(w) || NUMBER_WORDS.has(w) || MULTIPLIERS.has(w) || w === 'thousands' || w === 'millions';
}

/** Whether "a"/"an" followed by this word is an amount ("a dozen", "a few") rather than an article. */
export function amountAfterA(w: string): boolean {
  return AFTER_A.has(w);
}

/** Whether a folded word is a vague amount that needs a noun or "of" to be one ("several", "few"). */
export function isVague(w: string): boolean {
  return VAGUE_AMOUNTS.has(w) || w === 'few' || w === 'couple' || w === 'handful';
}

/** The unit a folded word names, as 'time' or 'distance', or null. */
export function unitFamily(w: string): 'time' | 'distance' | null {
  const u = unitWord(w.replace(/^(kilo)metres$/, 'kilometres'));
  if (!u) return null;
  if (u in TIME_UNITS) return 'time';
  if (u in DISTANCE_UNITS) return u === 'm' || u === 'mi' ? null : 'distance';
  return null;
}

/** Whether a word (as written) is a month name; "May" and "March" only where they cannot be the verb. */
export function isMonth(
  text: string,
  next: string | undefined,
  prev: string | undefined,
  sentenceStart: boolean,
): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const w = text.replace(/\.$/, '').toLowerCase();
  if (monthNumber(w) === null) return false;
  if (
    w.length === 3 &&
    !['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].includes(w)
  )
    return false;
  // "Jan Egeland": a short month before a capitalised word is a name.
  if (w.length === 3 && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next)) return false;
  const nextIsDay = next !== undefined && /^\d{1,4}(st|nd|rd|th)?$/.test(next);
  if (w === 'may' || (sentenceStart && (w === 'march' || w === 'mar'))) {
    return (
      nextIsDay ||
      // "on 6 May": a day before it.
      (prev !== undefined &&
        /^(in|of|since|from|until|till|by|early|late|mid|end|through|\d{1,2}(?:st|nd|rd|th)?)$/.test(prev))
    );
  }
  return true;
}

/** Whether a word (as written) is a weekday name, singular or plural. */
export function isWeekday(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    weekdayNumber(
      text
        .toLowerCase()
        .replace(/'s$|’s$/, '')
        .replace(/s$/, ''),
    ) !== null
  );
}

/** Whether a word is a four-digit year of the last or this century. */
export function isYear(w: string): boolean {
  return /^(19|20)\d\d$/.test(w);
}

/** Lead-in words that belong to a date figure ("from March", "starting in March", "by July 31", "late January"). */
export const DATE_LEADS: string[][] = [
  ['starting', 'in'],
  ['starting', 'from'],
  ['beginning', 'in'],
  ['beginning', 'from'],
  ['as', 'of'],
  ['the', 'end', 'of'],
  ['end', 'of'],
  ['the', 'beginning', 'of'],
  ['the', 'start', 'of'],
  ['the', 'middle', 'of'],
  ['the', 'month', 'of'],
  ['from', 'the', 'month', 'of'],
  ['no', 'later', 'than'],
  ['in'],
  ['on'],
  ['from'],
  ['since'],
  ['by'],
  ['until'],
  ['till'],
  ['early'],
  ['mid'],
  ['late'],
  ['earlier'],
  ['later'],
].sort((a, b) => b.length - a.length);

/** Lead-ins of "in the next few weeks", "over the past two days", "within a month". */
export const SPAN_LEADS: string[][] = [
  ['in', 'the', 'next'],
  ['in', 'the', 'coming'],
  ['over', 'the', 'next'],
  ['over', 'the', 'past'],
  ['over', 'the', 'last'],
  ['in', 'the', 'past'],
  ['in', 'the', 'last'],
  ['the', 'past'],
  ['the', 'last'],
  ['the', 'next'],
  ['the', 'coming'],
  ['within'],
  ['in'],
  ['for'],
  ['in', 'barely'],
  ['in', 'nearly'],
  ['in', 'almost'],
  ['in', 'just'],
  ['in', 'less', 'than'],
  ['in', 'more', 'than'],
  ['for', 'more', 'than'],
  ['for', 'nearly'],
  ['for', 'almost'],
  ['for', 'about'],
  ['for', 'some'],
].sort((a, b) => b.length - a.length);
