// Reading one number of news copy over a sentence's pieces: digits, spelled and hyphenated numbers, vague amounts,
// fractions and ratios, with the sign, the currency written before it and the scale after it ("-5", "$US12,480,000",
// "a quarter of a million", "several hundred", "£1.5bn", "Rs 5 crore"). Units and ranges are amounts.ts's.
import { TENS, UNITS, VAGUE } from '../quantity/number-words';
import {
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  SCALE_LETTERS,
  SCALE_WORDS,
} from '../quantity/units';
import type { Piece } from './pieces';
import { STOP_WORDS } from './tokens';
import { wordTable } from '../quantity/word-table';

/** One number as written, before its unit. */
export interface NumberRead {
  lo: number;
  hi: number;
  /** One value ("11", "seven") rather than a vague amount ("dozens"). */
  exact: boolean;
  currency: string | null;
  scaled: boolean;
  /** A fraction ("two-thirds", "half") or a ratio ("one in five"). */
  kind: 'fraction' | 'ratio' | null;
  /** Approximate by its words ("a couple of"). */
  approximate: boolean;
  /** Spelled out in words. */
  spelled: boolean;
  /** Piece index after the number. */
  end: number;
  /** A vague amount whose top scales as it is ("a few hundred" is 200 to 500), not to the scale's last unit. */
  closed?: boolean;
}

const FRACTIONS = wordTable<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
});
// Verbs after "a couple" that make the pair its sentence's subject ("a couple lives here"), not a number.
const COUPLE_VERBS = new Set(['lives', 'says', 'plans', 'hopes', 'wants', 'needs', 'said', 'told', 'married', 'died']);
const AFTER_A = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'few', 'couple', 'handful']);
/** The folded text of piece k, or '' past the end. */
export const word = (P: readonly Piece[], k: number) => P[k]?.w ?? '';
/** Whether a piece is a plain decimal number. */
export const isDigits = (w: string) => /^\d+(\.\d+)?$/.test(w);

const STARTERS = new Set([
  'a',
  'an',
  'half',
  'quite',
  'tens',
  'once',
  'twice',
  'thrice',
  'minus',
  'single',
  'sole',
  'lone',
  'couple',
  '-',
  '\u2212',
  ...Object.keys(VAGUE),
  ...Object.keys(CURRENCY_SYMBOLS),
  ...Object.keys(DOLLAR_PREFIXES),
  ...Object.keys(CURRENCY_PREFIX_WORDS),
]);

/** A cheap test before reading: most words of a text start no amount. */
export function canStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || STARTERS.has(w) || w in UNITS || w in TENS;
}

/** Whether a piece is a spelled number word. */
export function isSpelledNumber(w: string): boolean {
  return w in UNITS || w in TENS;
}

/** One number with its sign and currency: digits, spelled, vague, a fraction, "a dozen", "half a million". */
export function readNumber(P: readonly Piece[], k: number): NumberRead | null {
  let j = k;
  let sign = 1;
  let currency: string | null = null;
  const w0 = word(P, j);
  if (w0 === 'minus' && word(P, j - 1) === 'or' && word(P, j - 2) === 'plus') j++;
  else if (
    (w0 === '-' || w0 === '\u2212') &&
    isDigits(word(P, j + 1)) &&
    P[j + 1]!.joined &&
    // "-7.4C", "(-447F)": a sign opens its number, after a space or a bracket.
    (!P[j]!.joined || /^[([\u201c"]$/.test(word(P, j - 1)))
  ) {
    sign = -1;
    j++;
  } else if (
    w0 === 'minus' &&
    (isDigits(word(P, j + 1)) || isSpelledNumber(word(P, j + 1))) &&
    !(word(P, j - 1) === 'or' && word(P, j - 2) === 'plus')
  ) {
    sign = -1;
    j++;
  }
  const w = word(P, j);
  if (DOLLAR_PREFIXES[w] && word(P, j + 1) === '$' && (P[j + 1]!.joined || (w.length >= 2 && P[j]!.cap))) {
    currency = DOLLAR_PREFIXES[w]!;
    j += 2;
  } else if (CURRENCY_SYMBOLS[w]) {
    currency = CURRENCY_SYMBOLS[w]!;
    j++;
  } else if (CURRENCY_PREFIX_WORDS[w] && P[j]!.head) {
    const after = word(P, j + 1) === '.' ? j + 2 : j + 1;
    if (isDigits(word(P, after))) {
      currency = CURRENCY_PREFIX_WORDS[w]!;
      j = after;
    }
  }
  // "$US12,480,000", "$A50": the letters after the symbol name the dollar.
  if (currency === 'USD' && DOLLAR_PREFIXES[word(P, j)] && P[j]!.joined && isDigits(word(P, j + 1))) {
    currency = DOLLAR_PREFIXES[word(P, j)]!;
    j++;
  }
  // "R18.42", "R254 billion": the rand, written joined to the number.
  if (!currency && word(P, j) === 'r' && P[j]!.cap && isDigits(word(P, j + 1)) && P[j + 1]!.joined) {
    currency = 'ZAR';
    j++;
  }
  if (currency && word(P, j) === '-' && isDigits(word(P, j + 1))) [sign, j] = [-1, j + 1];
  const read = readBare(P, j, currency !== null);
  if (!read) return null;
  if (currency && read.spelled && !read.scaled) return null;
  return { ...read, lo: sign * read.lo, hi: sign * read.hi, currency: currency ?? read.currency };
}

// "1/2", "3/4": a fraction written with a slash, of halves, thirds, quarters or eighths (not "3/71", "9/11").
function slashFraction(P: readonly Piece[], j: number): { value: number; end: number } | null {
  const [n, d] = [word(P, j), word(P, j + 2)];
  if (!/^\d$/.test(n) || word(P, j + 1) !== '/' || !/^[2348]$/.test(d)) return null;
  if (!P[j + 1]!.joined || !P[j + 2]!.joined || word(P, j + 3) === '/') return null;
  return Number(n) < Number(d) ? { value: round4(Number(n) / Number(d)), end: j + 3 } : null;
}

/** A number without sign or currency. */
export function readBare(P: readonly Piece[], j: number, money: boolean): NumberRead | null {
  const w = word(P, j);
  const base = { currency: null, scaled: false, kind: null, approximate: false, spelled: false };
  if (isDigits(w)) {
    // A leading zero ("020", "007") is a code or a telephone number, not an amount.
    if (/^0\d/.test(w)) return null;
    const value = Number(w);
    // "19 times out of 20".
    if (word(P, j + 1) === 'times' && word(P, j + 2) === 'out' && word(P, j + 3) === 'of' && isDigits(word(P, j + 4)))
      return {
        ...base,
        lo: round4(value / Number(word(P, j + 4))),
        hi: round4(value / Number(word(P, j + 4))),
        exact: true,
        kind: 'ratio',
        end: j + 5,
      };
    // "one in five" as digits: "1 in 5".
    // ("$274.70 in 2023" is a price and its year.)
    if (
      word(P, j + 1) === 'in' &&
      isDigits(word(P, j + 2)) &&
      Number(word(P, j + 2)) > value &&
      // "51 in 2020": a count and its year.
      !/^(1[89]|20)\d\d$/.test(word(P, j + 2)) &&
      value >= 1 &&
      !money &&
      Number.isInteger(value) &&
      Number.isInteger(Number(word(P, j + 2)))
    )
      return {
        ...base,
        lo: value / Number(word(P, j + 2)),
        hi: value / Number(word(P, j + 2)),
        exact: true,
        kind: 'ratio',
        end: j + 3,
      };
    const half = andAHalf(P, j + 1);
    if (half) return { ...base, lo: value + 0.5, hi: value + 0.5, exact: true, end: half };
    // "1/2 mile", "3 1/2 years": a written fraction, alone or after a whole number.
    const own = slashFraction(P, j);
    if (own) return scaleOf(P, { ...base, lo: own.value, hi: own.value, exact: true, end: own.end }, money);
    const after = P[j + 1]?.joined ? null : slashFraction(P, j + 1);
    if (after && Number.isInteger(value))
      return scaleOf(
        P,
        { ...base, lo: value + after.value, hi: value + after.value, exact: true, end: after.end },
        money,
      );
    return scaleOf(P, { ...base, lo: value, hi: value, exact: true, end: j + 1 }, money);
  }
  // "the last couple of days", "the past couple years": two, loosely.
  if (w === 'couple' && /^(last|past|next|coming|first|few)$/.test(word(P, j - 1)) && P[j]!.head) {
    const end = word(P, j + 1) === 'of' ? j + 2 : j + 1;
    return { ...base, lo: 2, hi: 2, exact: true, approximate: true, spelled: true, end };
  }
  if ((w === 'a' || w === 'an') && P[j]!.head) {
    const next = word(P, j + 1);
    if (next === 'couple' && word(P, j + 2) === 'of')
      return scaleOf(P, { ...base, lo: 2, hi: 2, exact: true, approximate: true, spelled: true, end: j + 3 }, money);
    // "a couple police officers": "of" left out before a noun (not "a couple in their seventies", "a couple was").
    if (next === 'couple') {
      const after = P[j + 2];
      const noun =
        after !== undefined &&
        !after.punct &&
        !STOP_WORDS.has(after.w) &&
        !after.w.endsWith('ing') &&
        !COUPLE_VERBS.has(after.w);
      return noun ? { ...base, lo: 2, hi: 2, exact: true, approximate: true, spelled: true, end: j + 2 } : null;
    }
    if (next in FRACTIONS && /^(quarter|third|half|fifth|sixth|eighth|tenth)$/.test(next))
      return fraction(P, j + 1, 1, money);
    if (next === 'few' || next === 'handful') {
      const [lo, hi] = VAGUE[next]!;
      return scaleOf(P, { ...base, lo, hi, exact: false, spelled: true, end: j + 2, closed: next === 'few' }, money);
    }
    if (next === 'dozen') return scaleOf(P, { ...base, lo: 12, hi: 12, exact: true, spelled: true, end: j + 2 }, money);
    if (AFTER_A.has(next)) return scaleOf(P, { ...base, lo: 1, hi: 1, exact: true, spelled: true, end: j + 1 }, money);
    if (/^(single|sole|lone)$/.test(next)) return { ...base, lo: 1, hi: 1, exact: true, spelled: true, end: j + 2 };
    return null;
  }
  if (w === 'half' && P[j]!.head) return fraction(P, j, 1, money);
  // "suspended twice" is two times; "twice its budget", "twice as fast" a ratio of two.
  // "shot at least once": one time, only with its hedge ("once the talks end" is no count; "on the list more than
  // once" says only that it is not once).
  if (w === 'once') {
    const hedged = `${word(P, j - 2)} ${word(P, j - 1)}`;
    return hedged === 'at least' ? { ...base, lo: 1, hi: 1, exact: true, spelled: true, end: j + 1 } : null;
  }
  if (w === 'twice' || w === 'thrice') {
    const ratio = /^(as|the|its|their|his|her|that|a|an|what|more|larger|bigger|higher|faster)$/.test(word(P, j + 1));
    const n = w === 'twice' ? 2 : 3;
    return { ...base, lo: n, hi: n, exact: true, spelled: true, kind: ratio ? 'ratio' : null, end: j + 1 };
  }
  if (w === 'quite' && word(P, j + 1) === 'a' && word(P, j + 2) === 'few')
    return scaleOf(P, { ...base, lo: 3, hi: 9, exact: false, spelled: true, end: j + 3 }, money);
  // "France's sole fatality", "a single soldier".
  if (/^(single|sole|lone)$/.test(w)) return { ...base, lo: 1, hi: 1, exact: true, spelled: true, end: j + 1 };
  if (w === 'tens' && word(P, j + 1) === 'of' && /^(thousands|millions|billions)$/.test(word(P, j + 2))) {
    const m = SCALE_WORDS[word(P, j + 2).slice(0, -1)]!;
    return { ...base, lo: 20 * m, hi: 100 * m - 1, exact: false, spelled: true, end: j + 3 };
  }
  if (w in VAGUE && !/^(few|couple|handful)$/.test(w)) {
    const [lo, hi] = VAGUE[w]!;
    return scaleOf(P, { ...base, lo, hi, exact: false, spelled: true, end: j + 1 }, money);
  }
  if (isSpelledNumber(w)) {
    const spelled = readSpelled(P, j);
    const d = word(P, spelled.end) === '-' ? spelled.end + 1 : spelled.end;
    // "two-thirds", "three quarters": a fraction.
    if (FRACTIONS[word(P, d)] && !/^(half|halves)$/.test(word(P, d)) && spelled.value <= 20)
      return fraction(P, d, spelled.value, money);
    // "four and a half years".
    const half = andAHalf(P, spelled.end);
    if (half)
      return { ...base, lo: spelled.value + 0.5, hi: spelled.value + 0.5, exact: true, spelled: true, end: half };
    // "one in five", "nine in 10": a ratio.
    const denominator = word(P, spelled.end + 1);
    // ("two in 2012" is a count and a year.)
    const year = /^(1[89]|20)\d\d$/.test(denominator);
    if (word(P, spelled.end) === 'in' && /^\d+$/.test(denominator) && Number(denominator) > spelled.value && !year)
      return {
        ...base,
        lo: round4(spelled.value / Number(denominator)),
        hi: round4(spelled.value / Number(denominator)),
        exact: true,
        kind: 'ratio',
        spelled: true,
        end: spelled.end + 2,
      };
    if (word(P, spelled.end) === 'in' && isSpelledNumber(word(P, spelled.end + 1))) {
      const of = readSpelled(P, spelled.end + 1);
      if (of.value > spelled.value)
        return {
          ...base,
          lo: spelled.value / of.value,
          hi: spelled.value / of.value,
          exact: true,
          kind: 'ratio',
          spelled: true,
          end: of.end,
        };
    }
    const read = scaleOf(
      P,
      { ...base, lo: spelled.value, hi: spelled.value, exact: true, spelled: true, end: spelled.end },
      money,
    );
    return spelled.scaled ? { ...read, scaled: true } : read;
  }
  return null;
}

// The piece after "and a half" following piece j ("four and a half years"), or null.
function andAHalf(P: readonly Piece[], j: number): number | null {
  return word(P, j) === 'and' && word(P, j + 1) === 'a' && word(P, j + 2) === 'half' ? j + 3 : null;
}

// "two-thirds", "a quarter", "half a million", "a quarter of a million": a share, or a share of a scale.
function fraction(P: readonly Piece[], j: number, count: number, money: boolean): NumberRead {
  const share = count / FRACTIONS[word(P, j)]!;
  let end = j + 1;
  const base = { currency: null, kind: null, approximate: false, spelled: true, exact: true };
  // "half a million", "a quarter of a million", "a third of a billion".
  const ofA = word(P, end) === 'of' ? end + 1 : end;
  if (
    (word(P, ofA) === 'a' || word(P, ofA) === 'an') &&
    SCALE_WORDS[word(P, ofA + 1)] &&
    word(P, ofA + 1) !== 'hundred'
  ) {
    const m = SCALE_WORDS[word(P, ofA + 1)]!;
    return { ...base, lo: share * m, hi: share * m, scaled: true, end: ofA + 2 };
  }
  end = j + 1;
  return { ...base, lo: round4(share), hi: round4(share), scaled: false, kind: money ? null : 'fraction', end };
}

export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

// Spelled numbers: "seven", "twenty-three", "one hundred and twenty", "two thousand five hundred".
function readSpelled(P: readonly Piece[], j: number): { value: number; end: number; scaled: boolean } {
  let scaled = false;
  let total = 0;
  let current = 0;
  let end = j;
  for (let k = j; k < P.length; k++) {
    const w = P[k]!.w;
    const r = current % 100;
    const next = word(P, k + 1);
    if (w in UNITS && (r === 0 || (UNITS[w]! < 10 && r >= 20 && r % 10 === 0)) && !(k > j && UNITS[w] === 0)) {
      current += UNITS[w]!;
    } else if (w in TENS && r === 0) {
      current += TENS[w]!;
    } else if ((w === '-' || w === 'and') && k > j && isSpelledNumber(next) && (w === 'and' || P[k + 1]!.joined)) {
      continue;
    } else if (w === 'hundred' && current > 0 && current < 100 && k > j) {
      current *= 100;
      scaled = true;
    } else if (w === 'thousand' && current > 0 && k > j) {
      scaled = true;
      total += current * 1000;
      current = 0;
    } else break;
    end = k + 1;
  }
  return { value: total + current, end, scaled };
}

// "1.5 million", "4.2M", "£1.5bn", "12k", "several hundred", "hundreds of thousands", "Rs 5 crore".
function scaleOf(
  P: readonly Piece[],
  n: Omit<NumberRead, 'currency'> & { currency: null },
  money: boolean,
): NumberRead {
  let { lo, hi, end } = n;
  let scaled = false;
  for (;;) {
    // "$11.4-million", "SGD1.75-billion": the scale joined by a hyphen, as Canadian and Asian papers write it.
    const hyphen =
      !scaled &&
      word(P, end) === '-' &&
      P[end]!.joined &&
      P[end + 1]?.joined === true &&
      /^(thousand|million|billion|trillion)$/.test(word(P, end + 1));
    if (hyphen) end++;
    const w = word(P, end);
    const joined = !hyphen && P[end]?.joined === true && !P[end]!.head;
    const letter = joined ? SCALE_LETTERS[w] : undefined;
    const scale = letter !== undefined && (money || !/^(m|b)$/.test(w)) ? letter : joined ? undefined : SCALE_WORDS[w];
    if (scale !== undefined && !(w === 'hundred' && scaled)) {
      lo *= scale;
      hi = n.exact || n.closed ? hi * scale : (hi + 1) * scale - 1;
      end++;
      scaled = true;
    } else if (!n.exact && !scaled && /^(hundreds|thousands|millions|billions)$/.test(w)) {
      // "several hundreds" (translated copy) is "several hundred".
      const m = SCALE_WORDS[w.slice(0, -1)]!;
      lo *= m;
      hi = (hi + 1) * m - 1;
      end++;
      scaled = true;
    } else if (!n.exact && w === 'of' && /^(thousands|millions|billions)$/.test(word(P, end + 1))) {
      const m = SCALE_WORDS[word(P, end + 1).slice(0, -1)]!;
      lo *= m;
      hi = (hi + 1) * m - 1;
      end += 2;
      scaled = true;
    } else if (w === 'dozen' && n.exact && n.spelled) {
      lo *= 12;
      hi *= 12;
      end++;
    } else break;
  }
  return { ...n, lo, hi, end, scaled: scaled || n.scaled };
}
