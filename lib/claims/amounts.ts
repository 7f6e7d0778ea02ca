// The amount grammar of news copy, read over a sentence's pieces: a number (digits, spelled, vague, a fraction)
// with its sign, currency, scale and unit, and a range of two ("between $41 and $45", "three to four thousand",
// "2-3 km"). What is no amount (a clock time, a model name, a page number, a phone number) is left to not-amounts.ts.
import type { HedgeEffect } from '../quantity/hedges';
import { trailingHedgeAt } from '../quantity/hedges';
import { TENS, UNITS, VAGUE } from '../quantity/number-words';
import type { QuantityKind } from '../quantity/quantity';
import {
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  joinedUnit,
  SCALE_LETTERS,
  SCALE_WORDS,
  type Unit,
  unitAt,
} from '../quantity/units';
import type { Piece } from './pieces';

/** One number as written, before its unit. */
interface NumberRead {
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
}

/** An amount: its core pieces [first, last], its value as written, unit and kind. */
export interface AmountRead {
  first: number;
  last: number;
  lo: number;
  hi: number;
  /** A range or a vague amount, which the figures command writes as [lo, hi]. */
  span: boolean;
  /** Two numbers read as one range ("between 10 and 20", "2-3"). */
  range: boolean;
  unit: Unit | null;
  kind: QuantityKind;
  /** A hedge after the number ("or so", "-odd", "+"), or approximate words ("a couple of"). */
  trailing: HedgeEffect | null;
  /** The last piece of the figure itself, before a trailing hedge ("100" of "100+"). */
  valueLast: number;
  /** Spelled in words, all of it ("two or three", "Twenty-three"). */
  spelled: boolean;
  /** A score as a result ("won 3-1"): lo and hi are the two sides. */
  score: boolean;
}

const FRACTIONS: Record<string, number> = {
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
};
const AFTER_A = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'few', 'couple', 'handful']);
const SPORT =
  /^(won|win|wins|beat|beats|beaten|lost|lose|loses|defeat|defeated|defeats|draw|drew|drawn|victory|win|loss|lead|led|leads|trail|trailed|trailing|edged|thrashed|routed|score|scored|final|tie|tied|match|game|series|vote|voted|ruling|decision|majority|margin|scoreline|triumph|thrashing|rout|win)$/;
const COMPOUND: Record<string, number> = {
  'year>month': 12,
  'week>day': 7,
  'day>hour': 24,
  'hour>minute': 60,
  'minute>second': 60,
  'month>week': 4,
};
const CRICKET =
  /^(wickets?|overs?|innings|bowl\w*|bowler|batting|cricket|declared|all-out|runs|test|odi|t20|spinner|seamer|figures)$/;
const RANGE_DASH = new Set(['-', '\u2013', '\u2014', '\u2012']);

const word = (P: readonly Piece[], k: number) => P[k]?.w ?? '';
const isDigits = (w: string) => /^\d+(\.\d+)?$/.test(w);

const STARTERS = new Set([
  'a',
  'an',
  'half',
  'quite',
  'tens',
  'twice',
  'thrice',
  'minus',
  'single',
  'sole',
  'lone',
  '-',
  '\u2212',
  ...Object.keys(VAGUE),
  ...Object.keys(CURRENCY_SYMBOLS),
  ...Object.keys(DOLLAR_PREFIXES),
  ...Object.keys(CURRENCY_PREFIX_WORDS),
]);

// A cheap test before reading: most words of a text start no amount.
function canStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || STARTERS.has(w) || w in UNITS || w in TENS;
}

/** Whether a piece is a spelled number word. */
export function isSpelledNumber(w: string): boolean {
  return w in UNITS || w in TENS;
}

/** Reads the amount whose number starts at piece k (currency and sign included), or null. */
export function readAmountAt(
  P: readonly Piece[],
  k: number,
  sentence: readonly string[],
  noRange = false,
): AmountRead | null {
  if (!canStart(P[k]?.w ?? '')) return null;
  const first = readOne(P, k);
  if (!first) return null;
  // "3/71", "6/312": a bowler's or a side's figures in cricket, one score.
  if (
    word(P, first.end) === '/' &&
    P[first.end]!.joined &&
    isDigits(word(P, first.end + 1)) &&
    P[first.end + 1]!.joined
  ) {
    if (!sentence.some((w) => CRICKET.test(w))) return null;
    const runs = Number(word(P, first.end + 1));
    return {
      ...shape(first, k, first.end + 1, null),
      lo: first.lo,
      hi: runs,
      span: true,
      range: true,
      kind: 'score',
      score: true,
    };
  }
  let a = first;
  let last = a.end - 1;
  let trailing = a.trailing;
  // A range: "10 to 20", "2-3", "41–45", "two or three", "between 10 and 20", "from 10 to 20".
  const c = a.end;
  const connector = word(P, c);
  const between = word(P, k - 1) === 'between' || (word(P, k - 2) === 'between' && P[k - 1]?.punct === false);
  const dash = RANGE_DASH.has(connector) && (P[c]!.joined || P[c + 1]?.joined === false);
  const joins = /^(to|through|or)$/.test(connector) || dash || (between && connector === 'and');
  if (joins && !noRange && !trailing && !/^(more|fewer|less|so)$/.test(word(P, c + 1))) {
    const b = readOne(P, c + 1);
    // "up to A$300 to 12,500 customers": a count of something else, not the range's other end.
    const counted = a.unit?.family === 'money' && b && !b.unit && /^[a-z]+s$/.test(word(P, b.end)) && !P[b.end]!.punct;
    if (b && !counted && compatible(a, b, connector)) {
      // "won 3-1", "a 2-2 draw": one score, not two counts.
      if (
        dash &&
        a.exact &&
        b.exact &&
        !a.unit &&
        !b.unit &&
        !a.currency &&
        !b.currency &&
        sporting(P, k, b.end, sentence)
      )
        return {
          ...shape(a, k, b.end - 1, null),
          lo: a.lo,
          hi: b.lo,
          span: true,
          range: true,
          kind: 'score',
          score: true,
        };
      const shared = share(a, b);
      a = shared.a;
      const lo = clean(Math.min(a.lo, shared.b.lo));
      const hi = clean(Math.max(a.hi, shared.b.hi));
      last = b.end - 1;
      trailing = b.trailing;
      const read = shape({ ...a, unit: shared.b.unit ?? a.unit, age: a.age || shared.b.age }, k, last, trailing);
      const valueLast = trailing && b.valueEnd !== undefined ? b.valueEnd - 1 : last;
      return { ...read, lo, hi, span: true, range: true, spelled: a.spelled && b.spelled, valueLast };
    }
  }
  return shape(a, k, last, trailing);
}

interface OneRead extends NumberRead {
  /** Piece index after the number and its unit, before any trailing hedge. */
  valueEnd?: number;
  unit: Unit | null;
  trailing: HedgeEffect | null;
  age: boolean;
  /** "18-" of "18- to 24-year-olds": the unit comes with the second number. */
  hanging?: boolean;
}

const MEASURING =
  /^(tall|high|long|deep|wide|away|above|below|sprint|race|freestyle|hurdles|high|thick|from|of|in|to|and|or)$/;

// Whether "2.7m" before piece j means millions: a plural noun follows, or a decimal with no measuring word.
function millions(P: readonly Piece[], j: number, value: number): boolean {
  const next = word(P, j);
  if (MEASURING.test(next) || P[j]?.punct) return !Number.isInteger(value) && !MEASURING.test(next) && next !== '-';
  return /s$/.test(next) || next === 'people' || !Number.isInteger(value);
}

// A number with its currency, scale, unit and trailing hedge.
function readOne(P: readonly Piece[], k: number): OneRead | null {
  const n = readNumber(P, k);
  if (!n) return null;
  let j = n.end;
  let unit: Unit | null = n.currency ? { name: n.currency, family: 'money' } : null;
  let age = false;
  // "412p", "9p": pence are pounds.
  if (!n.currency && word(P, j) === 'p' && P[j]!.joined && !P[j]!.head && n.exact) {
    const pounds = round4(n.lo / 100);
    return {
      ...n,
      lo: pounds,
      hi: pounds,
      unit: { name: 'GBP', family: 'money' },
      age: false,
      trailing: null,
      end: j + 1,
    };
  }
  // "2.7m people": millions, not metres, before a plural noun or with decimals and no measuring word after.
  if (!n.currency && word(P, j) === 'm' && P[j]!.joined && !P[j]!.head && millions(P, j + 1, n.lo)) {
    return { ...n, lo: n.lo * 1e6, hi: n.hi * 1e6, scaled: true, unit: null, age: false, trailing: null, end: j + 1 };
  }
  // "18- to 24-year-olds": a hyphen left hanging for the unit of the second number.
  if (word(P, j) === '-' && P[j]!.joined && /^(to|and|or)$/.test(word(P, j + 1)))
    return { ...n, unit: null, age: false, trailing: null, end: j + 1, hanging: true };
  // "26-day", "1.5-metre", "25-year-old": a unit joined by a hyphen.
  if (word(P, j) === '-' && P[j]!.joined && P[j + 1]?.joined && unitAt([word(P, j + 1)], 0, true)) j++;
  const w = word(P, j);
  if (w === '%' || w === 'percent' || w === 'pct' || (w === 'per' && word(P, j + 1) === 'cent')) {
    unit = { name: 'percent', family: 'percent' };
    j += w === 'per' ? 2 : 1;
  } else if (w === 'percentage' && /^points?$/.test(word(P, j + 1))) {
    unit = { name: 'percentage point', family: 'percent' };
    j += 2;
  } else if (w === 'pp' || w === 'ppt' || w === 'ppts') {
    unit = { name: 'percentage point', family: 'percent' };
    j++;
  } else if (w === 'basis' && /^points?$/.test(word(P, j + 1))) {
    unit = { name: 'basis point', family: 'percent' };
    j += 2;
  } else if (w === 'us' && /^dollars?$/.test(word(P, j + 1))) {
    unit = { name: 'USD', family: 'money' };
    j += 2;
  } else if (CURRENCY_WORDS[w] && !(w === 'won' && !P[j]!.joined) && !(w === 'pound' && !n.currency)) {
    unit = { name: unit?.name ?? CURRENCY_WORDS[w]!, family: 'money' };
    j++;
  } else if (!unit) {
    const joined = P[j]?.joined === true && !P[j]!.head;
    const found = joined ? (joinedUnit(w) ? { unit: joinedUnit(w)!, length: 1 } : null) : unitAt(wordsFrom(P, j), 0);
    if (found) {
      unit = found.unit;
      j += found.length;
      // "25 degrees Celsius", "30 degrees C".
      if (unit.name === 'degree') {
        const scale = word(P, j);
        if (/^(celsius|c|centigrade)$/.test(scale)) [unit, j] = [{ name: 'degree Celsius', family: 'measure' }, j + 1];
        else if (/^(fahrenheit|f)$/.test(scale)) [unit, j] = [{ name: 'degree Fahrenheit', family: 'measure' }, j + 1];
      }
    }
  }
  // "a 25-year-old man", "aged 25 years old".
  if (unit?.family === 'duration') {
    if (word(P, j) === '-' && /^olds?$/.test(word(P, j + 1))) [age, j] = [true, j + 2];
    else if (word(P, j) === 'old') [age, j] = [true, j + 1];
  }
  // "six years and eight months": one duration in its smaller unit.
  if (unit?.family === 'duration' && word(P, j) === 'and') {
    const more = readBare(P, j + 1, false);
    const smaller = more ? unitAt(wordsFrom(P, more.end), 0) : null;
    const factor = smaller ? COMPOUND[`${unit.name}>${smaller.unit.name}`] : undefined;
    if (more && smaller && factor && more.exact && n.exact) {
      const total = n.lo * factor + more.lo;
      return { ...n, lo: total, hi: total, unit: smaller.unit, age, trailing: null, end: more.end + smaller.length };
    }
  }
  const valueEnd = j;
  let trailing: HedgeEffect | null = n.approximate ? 'about' : null;
  if (word(P, j) === '+' && P[j]!.joined) [trailing, j] = ['moreThan', j + 1];
  else if (word(P, j) === '-' && /^(odd|plus)$/.test(word(P, j + 1)))
    [trailing, j] = [word(P, j + 1) === 'odd' ? 'justOver' : 'moreThan', j + 2];
  else {
    const h = trailingHedgeAt(wordsFrom(P, j), 0);
    if (h && !(h.phrase === 'odd' && !P[j]?.joined)) [trailing, j] = [h.effect, j + h.end];
  }
  return { ...n, unit, age, trailing, end: j, valueEnd };
}

// The words from piece j on, up to a punctuation mark (enough for a unit or a hedge of three words).
function wordsFrom(P: readonly Piece[], j: number): string[] {
  const out: string[] = [];
  for (let k = j; k < P.length && out.length < 4; k++) {
    if (P[k]!.punct && !(P[k]!.w === '/' && out.length > 0)) break;
    out.push(P[k]!.w);
  }
  if (out.length === 0 && P[j]?.w === '°') out.push('°');
  return out;
}

// One number with its sign and currency: digits, spelled, vague, a fraction, "a dozen", "half a million".
function readNumber(P: readonly Piece[], k: number): NumberRead | null {
  let j = k;
  let sign = 1;
  let currency: string | null = null;
  const w0 = word(P, j);
  if (w0 === 'minus' && word(P, j - 1) === 'or' && word(P, j - 2) === 'plus') j++;
  else if ((w0 === '-' || w0 === '\u2212') && isDigits(word(P, j + 1)) && P[j + 1]!.joined && !P[j]!.joined) {
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

// A number without sign or currency.
function readBare(P: readonly Piece[], j: number, money: boolean): NumberRead | null {
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
    if (word(P, j + 1) === 'in' && isDigits(word(P, j + 2)) && Number(word(P, j + 2)) > value && value >= 1)
      return {
        ...base,
        lo: value / Number(word(P, j + 2)),
        hi: value / Number(word(P, j + 2)),
        exact: true,
        kind: 'ratio',
        end: j + 3,
      };
    return scaleOf(P, { ...base, lo: value, hi: value, exact: true, end: j + 1 }, money);
  }
  if ((w === 'a' || w === 'an') && P[j]!.head) {
    const next = word(P, j + 1);
    if (next === 'couple' && word(P, j + 2) === 'of')
      return scaleOf(P, { ...base, lo: 2, hi: 2, exact: true, approximate: true, spelled: true, end: j + 3 }, money);
    if (next in FRACTIONS && /^(quarter|third|half)$/.test(next)) return fraction(P, j + 1, 1, money);
    if (next === 'few' || next === 'handful') {
      const [lo, hi] = VAGUE[next]!;
      return scaleOf(P, { ...base, lo, hi, exact: false, spelled: true, end: j + 2 }, money);
    }
    if (next === 'dozen') return scaleOf(P, { ...base, lo: 12, hi: 12, exact: true, spelled: true, end: j + 2 }, money);
    if (AFTER_A.has(next)) return scaleOf(P, { ...base, lo: 1, hi: 1, exact: true, spelled: true, end: j + 1 }, money);
    if (/^(single|sole|lone)$/.test(next)) return { ...base, lo: 1, hi: 1, exact: true, spelled: true, end: j + 2 };
    return null;
  }
  if (w === 'half' && P[j]!.head) return fraction(P, j, 1, money);
  // "suspended twice" is two times; "twice its budget", "twice as fast" a ratio of two.
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
    // "one in five": a ratio.
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

function round4(x: number): number {
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
    const w = word(P, end);
    const joined = P[end]?.joined === true && !P[end]!.head;
    const letter = joined ? SCALE_LETTERS[w] : undefined;
    const scale = letter !== undefined && (money || !/^(m|b)$/.test(w)) ? letter : joined ? undefined : SCALE_WORDS[w];
    if (scale !== undefined && !(w === 'hundred' && scaled)) {
      lo *= scale;
      hi = n.exact ? hi * scale : (hi + 1) * scale - 1;
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

// Two numbers make a range only when they measure alike: "$41 and $45", "2 to 3 km", not "3% to 40 people".
function compatible(a: OneRead, b: OneRead, connector: string): boolean {
  if (a.kind !== b.kind) return false;
  if (a.unit && b.unit && a.unit.name !== b.unit.name) return false;
  if (a.unit && !b.unit && a.unit.family !== 'money') return false;
  // "two or three", "10 or 12": "or" joins only two close numbers of one kind.
  if (connector === 'or') return a.exact && b.exact && b.lo > a.lo && b.lo <= Math.max(a.lo * 3, a.lo + 5);
  if (!a.exact || !b.exact) return b.lo >= a.lo;
  return true;
}

// The range's shared parts: "three to four thousand" scales the first; "$41 to 45" gives the second a currency.
function share(a: OneRead, b: OneRead): { a: OneRead; b: OneRead } {
  let first = a;
  if (b.scaled && !a.scaled && a.lo !== 0) {
    const raw = b.lo;
    const m = [1e12, 1e9, 1e6, 1e3, 100].find((s) => raw % s === 0 && raw / s < 1000 && a.lo <= raw / s);
    if (m) first = { ...a, lo: a.lo * m, hi: a.hi * m, scaled: true };
  }
  return { a: first, b: { ...b, unit: b.unit ?? a.unit } };
}

// Whether the words around "3-1" speak of a game or a vote: a score, not a range.
function sporting(P: readonly Piece[], k: number, end: number, sentence: readonly string[]): boolean {
  const near = [word(P, k - 1), word(P, k - 2), word(P, end), word(P, end + 1)];
  if (near.some((w) => SPORT.test(w))) return true;
  return sentence.some((w) => /^(won|beat|drew|defeated|draw|victory|scored|goals?|match|innings)$/.test(w));
}

// Removes binary noise from scaled values ("₹9.3 lakh crore" is 9.3e12, not 9300000000000.002).
const clean = (x: number) => (Number.isFinite(x) ? Number.parseFloat(x.toPrecision(12)) : x);

function shape(a: OneRead, k: number, last: number, trailing: HedgeEffect | null): AmountRead {
  const unit = a.unit;
  const kind: QuantityKind = a.kind
    ? a.kind
    : !unit
      ? 'count'
      : unit.family === 'duration'
        ? a.age && unit.name === 'year'
          ? 'age'
          : 'duration'
        : unit.family;
  return {
    first: k,
    last,
    lo: clean(a.lo),
    hi: clean(a.hi),
    span: !a.exact,
    range: false,
    unit,
    kind,
    trailing,
    valueLast: trailing && a.valueEnd !== undefined ? Math.max(k, a.valueEnd - 1) : last,
    spelled: a.spelled,
    score: false,
  };
}
