// Date words that name no day a reader could compare: "today" meaning nowadays ("as strong today as", "of today's
// best selling artists", "the size it is today"), a weekday that recurs ("on Fridays", "on a Monday"), a weekend
// counted or named ("a third weekend", "the Christmas weekend"), a date used as the name of an event ("the September
// 11 attacks").
import { isAddress } from './not-amount-context';
import type { Token } from './tokens';

const ORDINALS =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|straight|consecutive|successive|final|opening|\d+(st|nd|rd|th))$/;
// Verbs of a lasting state: "today" after them is nowadays ("a position she holds today").
const STATES = /^(holds|hold|earn|earns|stands|stand|remains|remain|exists|exist|lives|live|looks|look|own|owns)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s$/i;

/** Why the date phrase at tokens [first, last] names no day, or null when it names one. */
export function notADate(tokens: readonly Token[], first: number, last: number): string | null {
  const word = tokens[first]!;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  if (first === last && WEEKDAYS.test(word.text)) return 'a weekday that recurs';
  if (
    first === last &&
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(word.lower) &&
    (/^(every|each)$/.test(prev?.lower ?? '') || (prev?.lower === 'a' && tokens[first - 2]?.lower === 'on'))
  )
    return 'a weekday that recurs';
  if (word.lower === 'weekend' && first === last && prev) {
    if (ORDINALS.test(prev.lower)) return 'a weekend counted';
    if (prev.type === 'word' && prev.cap && first - 1 > 0) return 'a weekend named';
  }
  if (first === last && word.lower === 'today') {
    if (/^(of|into)$/.test(prev?.lower ?? '') && /['\u2019]s$/.test(word.text)) return '"today" as nowadays';
    // "as strong today as ever", "more magicians working today than ever before".
    if (next?.lower === 'as' || next?.lower === 'than') return '"today" as nowadays';
    if (word.cap && first > 0 && prev?.type === 'word' && prev.cap) return 'a name';
    if (STATES.test(prev?.lower ?? '')) return '"today" as nowadays';
    // "the size it is today"; but "the vote is today" is the day of the vote.
    if (/^(is|are)$/.test(prev?.lower ?? '') && /^(it|they|we|you)$/.test(tokens[first - 2]?.lower ?? ''))
      return '"today" as nowadays';
    if (tokens.slice(Math.max(0, first - 8), first).some((t) => t.lower === 'would')) return '"today" as nowadays';
  }
  // "1915 Birch St.": a house number, not a year.
  if (first === last && /^\d{4}$/.test(word.text) && isAddress(tokens, first)) return 'an address';
  // "at 1938 hours": a time of day on the twenty-four hour clock.
  if (first === last && /^([01]\d|2[0-3])[0-5]\d$/.test(word.text) && /^(hours|hrs)$/.test(next?.lower ?? ''))
    return 'a time of day';
  // "the September 11 attacks", "the September 11th terrorist attacks": a date as the name of what happened on it.
  if (prev?.lower === 'the' && /^(attacks?|terrorist|terror|bombings?)$/.test(next?.lower ?? '')) return 'a name';
  if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(word.lower) && first === last && next?.lower === 'day')
    return 'a month as a kind of day';
  return null;
}
