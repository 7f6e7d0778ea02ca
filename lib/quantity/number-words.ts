// Reading the numbers of news copy from a token list: digits ("4000" once normalised), number words
// ("twenty-five", "a dozen") and vague counts ("several hundred", "dozens"), plus the unit words that follow them.
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from './calendar';
import { wordTable } from './word-table';

/** A number as written: an interval, and whether the wording named one exact value. */
export interface NumberPhrase {
  lo: number;
  hi: number;
  /** True for "11" or "seven"; false for "hundreds" or "several dozen", which are ranges by nature. */
  exact: boolean;
  /** Index of the first token after the phrase. */
  end: number;
}

/** Spelled numbers below twenty. */
export const UNITS = wordTable<number>({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
/** Spelled tens. */
export const TENS = wordTable<number>({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const MULTIPLIERS = wordTable<number>({
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
});

// Vague amounts: the intervals of the quantity corpus's guidelines (tests/fixtures/quantities/README.md), the ones
// a reader's figure is compared with: "tens of thousands" must not contradict an outlet's 40,000. Each stops below
// the next order of magnitude (that would be written "thousands"); "a couple" is two, loosely.
/** The interval of each vague amount word. */
export const VAGUE = wordTable<[number, number]>({
  several: [3, 9],
  few: [2, 5],
  couple: [2, 2],
  handful: [2, 6],
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  millions: [2_000_000, 9_999_999],
  billions: [2_000_000_000, 9_999_999_999],
  trillions: [2_000_000_000_000, 9_999_999_999_999],
});
// "tens of thousands": the multiplier of each plural scale word.
const TENS_OF = wordTable<number>({ thousands: 1_000, millions: 1_000_000, billions: 1_000_000_000 });

/** Words that stand for exactly one ("France's sole fatality", "a single soldier"). */
const ONE_WORDS = new Set(['single', 'sole', 'lone']);

/** Time units in days; a month and a year are their Gregorian means. */
export const TIME_UNITS = wordTable<number>({
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  fortnight: 14,
  month: DAYS_PER_MONTH,
  year: DAYS_PER_YEAR,
  decade: DAYS_PER_YEAR * 10,
});
/** Distance units in kilometres. */
export const DISTANCE_UNITS = wordTable<number>({
  km: 1,
  kilometre: 1,
  kilometer: 1,
  mile: 1.609344,
  mi: 1.609344,
  metre: 0.001,
  meter: 0.001,
  m: 0.001,
});

/** The singular unit a word names ("weeks" → "week", "kms" → "km"), or null when it names none. */
export function unitWord(word: string): string | null {
  if (word in TIME_UNITS || word in DISTANCE_UNITS) return word;
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  if (singular !== word && (singular in TIME_UNITS || singular in DISTANCE_UNITS)) return singular;
  return null;
}

/** Whether a word is a number word, vague amount or digits: a cheap test before `readNumber`. */
export function isNumberish(word: string | undefined): boolean {
  if (word === undefined) return false;
  return /^\d/.test(word) || word in UNITS || word in TENS || word in VAGUE || word === 'tens';
}

/** Reads the number phrase starting at token `i`, or returns null when none starts there. */
export function readNumber(tokens: readonly string[], i: number): NumberPhrase | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(t)) return scale({ lo: Number(t), hi: Number(t), exact: true, end: i + 1 }, tokens);
  if (t === 'a' || t === 'an') {
    const next = tokens[i + 1];
    if (next === undefined) return null;
    if (ONE_WORDS.has(next)) return { lo: 1, hi: 1, exact: true, end: i + 2 };
    if (next in MULTIPLIERS) return readWords(tokens, i + 1, 1);
    if (next === 'few' || next === 'couple' || next === 'handful') return readVague(tokens, i + 1);
    return null;
  }
  if (ONE_WORDS.has(t)) return { lo: 1, hi: 1, exact: true, end: i + 1 };
  const tens = TENS_OF[tokens[i + 2] ?? ''];
  if (t === 'tens' && tokens[i + 1] === 'of' && tens)
    return { lo: 20 * tens, hi: 100 * tens - 1, exact: false, end: i + 3 };
  if (t in VAGUE) return readVague(tokens, i);
  if (t in UNITS || t in TENS) return readWords(tokens, i, 0);
  return null;
}

// "several hundred", "a few thousand", "hundreds of thousands": a vague count scaled by what follows it.
function readVague(tokens: readonly string[], i: number): NumberPhrase {
  const [lo, hi] = VAGUE[tokens[i]!]!;
  let end = i + 1;
  if (tokens[end] === 'of' && (tokens[end + 1] ?? '') in MULTIPLIERS) end++; // "a couple of hundred"
  return scale({ lo, hi, exact: false, end }, tokens);
}

// A phrase followed by "hundred", "thousand", "million" or "of thousands" is multiplied by it.
function scale(p: NumberPhrase, tokens: readonly string[]): NumberPhrase {
  let { lo, hi, end } = p;
  for (;;) {
    const next = tokens[end];
    // A vague amount scaled runs to just below the next step: "several hundred" is 300–999, not 300–900.
    if (next !== undefined && next in MULTIPLIERS) {
      const m = MULTIPLIERS[next]!;
      lo *= m;
      hi = p.exact ? hi * m : (hi + 1) * m - 1;
      end++;
    } else if (!p.exact && end === p.end && (next === 'hundreds' || (next !== undefined && TENS_OF[next]))) {
      // "several hundreds" (translated copy) is "several hundred".
      const m = next === 'hundreds' ? 100 : TENS_OF[next]!;
      lo *= m;
      hi = (hi + 1) * m - 1;
      end++;
    } else if (!p.exact && next === 'of' && TENS_OF[tokens[end + 1] ?? '']) {
      const m = TENS_OF[tokens[end + 1]!]!;
      lo *= m;
      hi = (hi + 1) * m - 1;
      end += 2;
    } else {
      return { lo, hi, exact: p.exact, end };
    }
  }
}

// Spelled-out numbers: "seven", "twenty five", "one hundred and twenty", "a thousand", "two dozen".
function readWords(tokens: readonly string[], i: number, start: number): NumberPhrase | null {
  let total = 0;
  let current = start;
  let end = i;
  let any = start > 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    const r = current % 100;
    if (t in UNITS && (r === 0 || (UNITS[t]! < 10 && r >= 20 && r % 10 === 0))) current += UNITS[t]!;
    else if (t in TENS && current % 100 === 0) current += TENS[t]!;
    else if (t === 'and' && any && current % 100 === 0 && (tokens[j + 1]! in UNITS || tokens[j + 1]! in TENS)) continue;
    else if (t in MULTIPLIERS && (any || current > 0)) {
      const m = MULTIPLIERS[t]!;
      if (m >= 1_000) {
        total += (current || 1) * m;
        current = 0;
      } else {
        current = (current || 1) * m;
      }
    } else break;
    any = true;
    end = j + 1;
  }
  if (!any || end === i) return null;
  const value = total + current;
  return { lo: value, hi: value, exact: true, end };
}
