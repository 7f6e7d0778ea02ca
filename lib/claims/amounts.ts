// The amount grammar of news copy, read over a sentence's pieces: a number (digits, spelled, vague, a fraction)
// with its sign, currency, scale and unit, and a range of two ("between $41 and $45", "three to four thousand",
// "2-3 km"). What is no amount (a clock time, a model name, a page number, a phone number) is left to not-amounts.ts.
import type { HedgeEffect } from '../quantity/hedges';
import { trailingHedgeAt } from '../quantity/hedges';
import type { QuantityKind } from '../quantity/quantity';
import { CURRENCY_WORDS, joinedUnit, type Unit, unitAt } from '../quantity/units';
import { canStart, isDigits, type NumberRead, readNumber, round4, word } from './numbers';
import { durationParts, millions, quoted, sporting, wordsFrom } from './amount-readings';
import type { Piece } from './pieces';
import { wordTable } from '../quantity/word-table';

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

const SCALES = wordTable<number>({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
// The cents of a named country's money.
const CENT_OF = wordTable<string>({ us: 'USD', australian: 'AUD', canadian: 'CAD', nz: 'NZD', singapore: 'SGD' });
// Words of a sentence about a body's or a thing's weight, where "pounds" are no money.
const WEIGHT_WORDS = /^(weigh|weighs|weighed|weighing|weight|foot|feet|inches|tall|height|build|heavy|lbs?)$/;
// Words of copy about prices, where a number's joined "c" is cents.
const PRICE_WORDS =
  /^(shares?|stocks?|price[sd]?|dividends?|cents|traded|trading|closed|earnings|rand|fares?|costs?|litre)$/;
const CRICKET =
  /^(wickets?|overs?|innings|bowl\w*|bowler|batting|cricket|declared|all-out|runs|test|odi|t20|spinners?|seamers?|figures|stumps|balls|opener|wicket-keeper)$/;
const RANGE_DASH = new Set(['-', '\u2013', '\u2014', '\u2012']);

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
  const split = scoreSplit(P, k, first, sentence);
  if (split) return split;
  let a = first;
  let last = a.end - 1;
  let trailing = a.trailing;
  // A range: "10 to 20", "2-3", "41–45", "two or three", "between 10 and 20", "from 10 to 20".
  const c = a.end;
  const connector = word(P, c);
  const between = word(P, k - 1) === 'between' || (word(P, k - 2) === 'between' && P[k - 1]?.punct === false);
  const dash = RANGE_DASH.has(connector) && (P[c]!.joined || P[c + 1]?.joined === false);
  const from = word(P, k - 1) === 'from';
  const joins =
    /^(to|through|or)$/.test(connector) ||
    dash ||
    (between && connector === 'and') ||
    (from && /^(until|till)$/.test(connector));
  // (After a change word, "rose 181 to 250" is two levels; "fell 12 or 13 percent" is still one hedged amount.)
  if (joins && (!noRange || connector === 'or') && !trailing && !/^(more|fewer|less|so)$/.test(word(P, c + 1))) {
    const b = readOne(P, c + 1);
    // "up to A$300 to 12,500 customers": a count of something else, not the range's other end.
    const counted = a.unit?.family === 'money' && b && !b.unit && /^[a-z]+s$/.test(word(P, b.end)) && !P[b.end]!.punct;
    // "rose by 3,190 to 118,584", "cut by $200 to $399": the change, then the level it reached (but "by 10 to 20 per
    // cent" is a range of the change).
    // Both are written alike (two sums of money, or two bare counts the second far above the first); "down by 10 to
    // 15 degrees", with one unit for both, is a range.
    const alike =
      b !== null && (a.unit && b.unit ? a.unit.name === b.unit.name : !a.unit && !b.unit && b.lo >= 2 * a.hi);
    const changeThenLevel =
      connector === 'to' && word(P, k - 1) === 'by' && alike && (b.unit ?? a.unit)?.family !== 'percent';
    if (b && !counted && !changeThenLevel && compatible(a, b, connector)) {
      // "won 3-1", "a 2-2 draw", "a 36 to 14 majority": one score, not two counts (a range never runs downwards).
      const downwards = connector === 'to' && a.lo > b.lo && Number.isInteger(b.lo) && b.lo > 0;
      if (
        (dash || downwards) &&
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

// What a side scores, in a result written out: "seven tries to two", "21 points to 14".
const SCORED = /^(tries|goals|points|runs|wickets|sets|games|frames|touchdowns|votes)$/;

// A result split by what was scored ("won by seven tries to two"), or cricket's "37 for one": one score.
function scoreSplit(P: readonly Piece[], k: number, a: OneRead, sentence: readonly string[]): AmountRead | null {
  if (!a.exact || a.unit || a.currency || word(P, k - 1) === 'from') return null;
  const noun = SCORED.test(word(P, a.end)) && word(P, a.end + 1) === 'to';
  const cricket = word(P, a.end) === 'for' && sentence.some((w) => CRICKET.test(w));
  if (!noun && !cricket) return null;
  const b = readOne(P, a.end + (noun ? 2 : 1));
  if (!b?.exact || b.unit || b.currency || !Number.isInteger(b.lo)) return null;
  // "10 points to 14 points" is a range; "37 for one" counts wickets, at most ten.
  const vote =
    word(P, a.end) === 'votes' && sentence.some((w) => /^(passed|carried|approved|rejected|voted|motion)$/.test(w));
  if (noun && !sporting(P, k, b.end, sentence) && !vote) return null;
  if (cricket && (b.lo > 10 || /^[a-z]+s$/.test(word(P, b.end)))) return null;
  return { ...shape(a, k, b.end - 1, null), lo: a.lo, hi: b.lo, span: true, range: true, kind: 'score', score: true };
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

const BETWEEN_UNIT = /^(working|business|calendar|straight|consecutive|full|more|further|additional|successive)$/;

// A number read as one exact value of a unit ("412p" as 4.12 pounds), its pieces ending before `end`.
function exactAs(n: NumberRead, value: number, unit: Unit, end: number): OneRead {
  return { ...n, lo: value, hi: value, unit, age: false, trailing: null, end, valueEnd: end };
}

// A number with its currency, scale, unit and trailing hedge.
function readOne(P: readonly Piece[], k: number): OneRead | null {
  const n = readNumber(P, k);
  if (!n) return null;
  let j = n.end;
  let unit: Unit | null = n.currency ? { name: n.currency, family: 'money' } : null;
  let age = false;
  // "1.5 cents", "four cents", "one penny", and "612.4c" in copy about prices (a lower-case "c" is also Celsius,
  // "highs of 25c"): hundredths of a dollar (the outlet's own, as "$" is).
  // ("84c/l": cents a litre, not a name.)
  const perUnit = P[j + 1]?.w === '/' && /^(l|kg|kwh)$/.test(P[j + 2]?.w ?? '');
  const named = P[j + 1]?.joined && /^[/-]$/.test(P[j + 1]!.w) && !perUnit;
  const joinedCents =
    word(P, j) === 'c' &&
    !P[j]!.cap &&
    P[j]!.joined &&
    !P[j]!.head &&
    !named &&
    (perUnit || P.some((p) => PRICE_WORDS.test(p.w)));
  // "64.05 US cents", "89.45 Australian cents": a named country's cent, wherever the outlet is; "14 paise" the rupee's.
  const centOf = CENT_OF[word(P, j)] && /^cents?$/.test(word(P, j + 1)) ? CENT_OF[word(P, j)]! : null;
  const us = centOf ? 1 : 0;
  const paise = word(P, j) === 'paise' || word(P, j) === 'paisa';
  // "0.4 of a US cent", "half a US cent": a share of one cent.
  const ofA = word(P, j) === 'of' ? j + 1 : j;
  const whose = CENT_OF[word(P, ofA + 1)];
  const cent = whose ? ofA + 2 : ofA + 1;
  if (!n.currency && word(P, ofA) === 'a' && word(P, cent) === 'cent' && n.exact && n.lo < 1)
    return exactAs(n, round4(n.lo / 100), { name: whose ?? 'USD', family: 'money' }, cent + 1);
  if (!n.currency && (/^(cents?|penny|pennies)$/.test(word(P, j + us)) || joinedCents || paise) && n.exact) {
    return exactAs(n, round4(n.lo / 100), { name: paise ? 'INR' : (centOf ?? 'USD'), family: 'money' }, j + us + 1);
  }
  // "412p", "9p": pence are pounds.
  // ("81P/Wild" names a comet.)
  if (!n.currency && word(P, j) === 'p' && P[j]!.joined && !P[j]!.head && n.exact && !named) {
    return exactAs(n, round4(n.lo / 100), { name: 'GBP', family: 'money' }, j + 1);
  }
  // "2.7m people": millions, not metres, before a plural noun or with decimals and no measuring word after.
  if (!n.currency && word(P, j) === 'm' && P[j]!.joined && !P[j]!.head && millions(P, j + 1, n.lo)) {
    return { ...n, lo: n.lo * 1e6, hi: n.hi * 1e6, scaled: true, unit: null, age: false, trailing: null, end: j + 1 };
  }
  // "6-foot-3", "5-foot-10": a height in feet and inches, in inches.
  if (
    n.exact &&
    word(P, j) === '-' &&
    /^(foot|feet|ft)$/.test(word(P, j + 1)) &&
    word(P, j + 2) === '-' &&
    /^\d{1,2}$/.test(word(P, j + 3)) &&
    P[j + 3]!.joined &&
    Number(word(P, j + 3)) < 12
  ) {
    return exactAs(n, n.lo * 12 + Number(word(P, j + 3)), { name: 'inch', family: 'measure' }, j + 4);
  }
  // "18- to 24-year-olds": a hyphen left hanging for the unit of the second number.
  if (word(P, j) === '-' && P[j]!.joined && /^(to|and|or)$/.test(word(P, j + 1)))
    return { ...n, unit: null, age: false, trailing: null, end: j + 1, hanging: true };
  // "a third day", "a fifth time": an ordinal, not a share.
  if (
    n.kind === 'fraction' &&
    /^(third|fourth|fifth|sixth|eighth|tenth)$/.test(word(P, j - 1)) &&
    unitAt(wordsFrom(P, j), 0)
  )
    return null;
  // "half an hour", "a quarter of an hour": a share of one unit.
  let n2 = n;
  if (n.kind === 'fraction' && /^(a|an)$/.test(word(P, j)) && unitAt(wordsFrom(P, j + 1), 0)) {
    n2 = { ...n, kind: null };
    j++;
  }
  // "twenty working days", "four to six more years": one word between a number and its unit of time.
  if (BETWEEN_UNIT.test(word(P, j)) && unitAt(wordsFrom(P, j + 1), 0)?.unit.family === 'duration') j++;
  // "13.3\"", "a 15\" screen": inches.
  if (
    /^["\u201d\u2033]$/.test(word(P, j)) &&
    P[j]!.joined &&
    !n.spelled &&
    n.exact &&
    n.lo > 0 &&
    n.lo < 100 &&
    !quoted(P, k)
  ) {
    const inch: Unit = { name: 'inch', family: 'measure' };
    return { ...n2, unit: inch, age: false, trailing: null, end: j + 1, valueEnd: j + 1 };
  }
  // "a 1.8-billion-mile journey": a scale joined by hyphens before its unit.
  const hyphenScale = SCALES[word(P, j + 1)];
  if (word(P, j) === '-' && P[j]!.joined && hyphenScale && word(P, j + 2) === '-' && !n.scaled && !n.spelled) {
    n2 = { ...n2, lo: clean(n2.lo * hyphenScale), hi: clean(n2.hi * hyphenScale), scaled: true };
    j += 2;
  }
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
  } else if (w === 'of' && /^(dollars|euros|pounds|rupees|yen)$/.test(word(P, j + 1)) && !n.exact) {
    // "millions of dollars", "hundreds of thousands of dollars".
    unit = { name: CURRENCY_WORDS[word(P, j + 1)]!, family: 'money' };
    j += 2;
  } else if (/^(swedish|norwegian|danish)$/.test(w) && /^(kronor|krona|krone|kroner)$/.test(word(P, j + 1))) {
    unit = { name: w === 'swedish' ? 'SEK' : w === 'norwegian' ? 'NOK' : 'DKK', family: 'money' };
    j += 2;
  } else if (w === 'us' && /^dollars?$/.test(word(P, j + 1))) {
    unit = { name: 'USD', family: 'money' };
    j += 2;
  } else if (w === 'pounds' && !n.currency && P.some((p) => WEIGHT_WORDS.test(p.w))) {
    // "6-foot-3 and 190 pounds", "weighing 200 pounds": a weight.
    unit = { name: 'pound', family: 'measure' };
    j++;
  } else if (CURRENCY_WORDS[w] && !(w === 'won' && !P[j]!.joined) && !(w === 'pound' && !n.currency)) {
    unit = { name: unit?.name ?? CURRENCY_WORDS[w]!, family: 'money' };
    j++;
  } else if (!unit) {
    const joined = P[j]?.joined === true && !P[j]!.head;
    // "183km/h": a joined unit per hour.
    const perHour = word(P, j + 1) === '/' && P[j + 1]!.joined && /^(h|hr)$/.test(word(P, j + 2)) && P[j + 2]!.joined;
    const joinedFound =
      perHour && joinedUnit(`${w}/h`)
        ? { unit: joinedUnit(`${w}/h`)!, length: 3 }
        : joinedUnit(w)
          ? { unit: joinedUnit(w)!, length: 1 }
          : null;
    const found = joined ? joinedFound : unitAt(wordsFrom(P, j), 0);
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
  // "six years and eight months", "2hr 15min 9sec": one duration in its smallest unit.
  const parts = unit?.family === 'duration' && n.exact && !age ? durationParts(P, n.lo, unit, j) : null;
  if (parts) return { ...n, lo: parts.total, hi: parts.total, unit: parts.unit, age, trailing: null, end: parts.end };
  const valueEnd = j;
  let trailing: HedgeEffect | null = n.approximate ? 'about' : null;
  if (word(P, j) === '+' && P[j]!.joined) [trailing, j] = ['moreThan', j + 1];
  else if (word(P, j) === '-' && /^(odd|plus)$/.test(word(P, j + 1)))
    [trailing, j] = [word(P, j + 1) === 'odd' ? 'justOver' : 'moreThan', j + 2];
  else {
    const h = trailingHedgeAt(wordsFrom(P, j), 0);
    if (h && !(h.phrase === 'odd' && !P[j]?.joined)) [trailing, j] = [h.effect, j + h.end];
  }
  return { ...n2, unit, age, trailing, end: j, valueEnd };
}

// Two numbers make a range only when they measure alike: "$41 and $45", "2 to 3 km", not "3% to 40 people".
function compatible(a: OneRead, b: OneRead, connector: string): boolean {
  if (a.kind !== b.kind) return false;
  if (a.unit && b.unit && a.unit.name !== b.unit.name) return false;
  if (a.unit && !b.unit && a.unit.family !== 'money') return false;
  // "two or three", "10 or 12": "or" joins only two close numbers of one kind.
  // ("$40 or $50": two close sums of one currency.)
  const sameMoney = a.unit?.family === 'money' && b.unit?.name === a.unit.name;
  if (connector === 'or')
    return (!a.unit || sameMoney) && a.exact && b.exact && b.lo > a.lo && b.lo <= Math.max(a.lo * 3, a.lo + 5);
  if (!a.exact || !b.exact) return b.lo >= a.lo;
  // "from about $42 to four cents": a fall, not a range (a range of amounts never runs downwards).
  if ((a.unit || b.unit) && b.lo < a.lo) return false;
  return true;
}

// The range's shared parts: "three to four thousand" scales the first; "$41 to 45" gives the second a currency. The
// scale is the largest that leaves the second a number as written (at most three decimals): "0.1 to 0.3 million".
function share(a: OneRead, b: OneRead): { a: OneRead; b: OneRead } {
  let first = a;
  if (b.scaled && !a.scaled && a.lo !== 0) {
    const raw = b.lo;
    const written = (v: number) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6;
    const m = [1e12, 1e9, 1e6, 1e3, 100].find((s) => written(raw / s) && raw / s < 1000 && a.lo <= raw / s);
    if (m) first = { ...a, lo: a.lo * m, hi: a.hi * m, scaled: true };
  }
  return { a: first, b: { ...b, unit: b.unit ?? a.unit } };
}

// Removes binary noise from scaled values ("₹9.3 lakh crore" is 9.3e12, not 9300000000000.002).
const clean = (x: number) => (Number.isFinite(x) ? Number.parseFloat(x.toPrecision(15)) : x);

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
