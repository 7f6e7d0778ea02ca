// Reading an amount (a count, a duration or a distance) from a figure as written, into an interval in the
// fact's canonical unit. Hedges widen it (see hedges.ts); the rules for bare figures are below.
import { FigureParseError } from './figure-parse-error';
import { applyHedge, leadingHedgeAt, trailingHedgeAt, UNBOUNDED, type HedgeEffect } from './hedges';
import { tokenise } from './normalise-figure';
import { DISTANCE_UNITS, readNumber, TIME_UNITS, unitWord } from './number-words';

/** One number phrase with its unit and hedges, as found in the tokens. */
interface Item {
  lo: number;
  hi: number;
  exact: boolean;
  unit: string | null;
  hedges: HedgeEffect[];
  start: number;
  end: number;
}

const RANGE_WORDS = new Set(['to', 'or', 'through', 'and']);
const MORE_WORDS = new Set(['more', 'others', 'other', 'additional', 'further', 'extra']);
// Units whose counts in copy are rounded ("three weeks", "10 months"), unlike a count of days.
const COARSE_UNITS = new Set(['week', 'fortnight', 'month', 'year', 'decade']);

/**
 * The interval an amount figure allows, in `unit` (the fact's canonical unit: "days", "km", or a count noun
 * such as "people"). Throws FigureParseError when the figure holds no amount or two unrelated ones.
 *
 * Two numbers are read as a range when only a connective separates them ("two or three", "10 to 20",
 * "between 10 and 20", "2-3"), and as a sum when the second is "N more"/"N others": "2,150 soldiers in Mali
 * and 1,000 more" is the total, 3,150, because a figure span that covers both numbers asserts both. A span
 * covering only "2,150" reads 2,150: the index chooses which fact the span reports by where it ends.
 */
export function readAmount(figure: string, unit: string): { lo: number; hi: number } {
  const tokens = tokenise(figure);
  const items = scan(tokens);
  const fail = (reason: string): never => {
    throw new FigureParseError(figure, reason);
  };
  if (items.length === 0) fail('no number in it');
  if (items.length > 2) fail(`${items.length} numbers in it; a figure names one amount, a range or a sum`);
  const target = canonicalUnit(unit);
  if (items.length === 1) return toTarget(interval(items[0]!, target, fail), target);
  const [a, b] = items as [Item, Item];
  const between = tokens.slice(a.end, b.start);
  const shared = { ...a, unit: a.unit ?? b.unit }; // "two to three weeks": the unit is said once
  if (between.length > 0 && between.every((w) => RANGE_WORDS.has(w))) {
    const isAnd = between.includes('and');
    if (!isAnd || tokens[a.start - 1] === 'between' || tokens[a.start - 2] === 'between') {
      const x = interval(shared, target, fail);
      const y = interval(b, target, fail);
      return toTarget({ lo: Math.min(x.lo, y.lo), hi: Math.max(x.hi, y.hi) }, target);
    }
  }
  if (between.includes('and') && (MORE_WORDS.has(tokens[b.end] ?? '') || tokens[b.start - 1] === 'another')) {
    const x = interval(a, target, fail);
    const y = interval({ ...b, unit: b.unit ?? a.unit }, target, fail);
    return toTarget({ lo: x.lo + y.lo, hi: Math.min(UNBOUNDED, x.hi + y.hi) }, target);
  }
  return fail(
    `two numbers in it ("${tokens.slice(a.start, a.end).join(' ')}", ` +
      `"${tokens.slice(b.start, b.end).join(' ')}") that are neither a range nor a sum`,
  );
}

// Finds the number phrases, each with the unit word after it and the hedges either side.
function scan(tokens: readonly string[]): Item[] {
  const items: Item[] = [];
  let hedges: HedgeEffect[] = [];
  let hedgeStart = -1;
  for (let i = 0; i < tokens.length; ) {
    const lead = leadingHedgeAt(tokens, i);
    if (lead && numberAt(tokens, lead.end)) {
      if (hedgeStart < 0) hedgeStart = i;
      hedges.push(lead.effect);
      i = lead.end;
      continue;
    }
    const num = numberAt(tokens, i);
    if (!num) {
      hedges = [];
      hedgeStart = -1;
      i++;
      continue;
    }
    let end = num.end;
    const unit = unitWord(tokens[end] ?? '');
    if (unit) end++;
    while (tokens[end] === 'old' || tokens[end] === 'long') end++;
    const trail = trailingHedgeAt(tokens, end);
    if (trail) {
      hedges.push(trail.effect);
      end = trail.end;
    }
    items.push({ lo: num.lo, hi: num.hi, exact: num.exact, unit, hedges, start: hedgeStart < 0 ? i : hedgeStart, end });
    hedges = [];
    hedgeStart = -1;
    i = end;
  }
  return items;
}

// A number phrase, or "a"/"an" before a unit ("a year ago", "almost a year"): one of that unit.
function numberAt(
  tokens: readonly string[],
  i: number,
): { lo: number; hi: number; exact: boolean; end: number } | null {
  const num = readNumber(tokens, i);
  if (num) return num;
  const t = tokens[i];
  if ((t === 'a' || t === 'an') && singularUnit(tokens[i + 1])) return { lo: 1, hi: 1, exact: true, end: i + 1 };
  // "month-long", "week-old": a singular unit with no number before it is one of it.
  if (singularUnit(t) && (tokens[i + 1] === 'long' || tokens[i + 1] === 'old')) {
    return { lo: 1, hi: 1, exact: true, end: i };
  }
  return null;
}

function singularUnit(word: string | undefined): boolean {
  return word !== undefined && unitWord(word) === word;
}

type Target = { family: 'time' | 'distance' | 'count'; scale: number; step: number };

// The fact's unit as a family and a scale: "days" is time in days, "km" distance in km, anything else a count.
function canonicalUnit(unit: string): Target {
  const u = unitWord(unit.toLowerCase());
  if (u && u in TIME_UNITS) return { family: 'time', scale: TIME_UNITS[u]!, step: u === 'day' ? 1 : 0.01 };
  if (u && u in DISTANCE_UNITS) return { family: 'distance', scale: DISTANCE_UNITS[u]!, step: 0.01 };
  return { family: 'count', scale: 1, step: 1 };
}

// The interval one item allows, in base units (days, km, or the count itself).
function interval(item: Item, target: Target, fail: (reason: string) => never): { lo: number; hi: number } {
  const family = item.unit === null ? target.family : item.unit in TIME_UNITS ? 'time' : 'distance';
  if (family !== target.family) fail(`it is in ${item.unit ?? 'plain numbers'} but the fact is a ${target.family}`);
  // A bare number takes the fact's own unit ("26" for a fact in days).
  const scale =
    item.unit === null ? target.scale : family === 'time' ? TIME_UNITS[item.unit]! : DISTANCE_UNITS[item.unit]!;
  // The smallest step a hedge widens by: one of the unit named, but never more than a day for time.
  const step = family === 'time' ? Math.min(scale, 1) : scale;
  const bare = bareInterval(item, family, scale);
  if (item.hedges.length === 0) return bare;
  let lo = item.lo * scale;
  let hi = item.hi * scale;
  for (const h of item.hedges) [lo, hi] = applyHedge(h, lo, hi, step);
  // A hedge that only loosens ("about a month", "just over three weeks") never reads narrower than the
  // bare figure would; one that bounds ("nearly a month", "more than a year") keeps its bound.
  const effect = item.hedges[item.hedges.length - 1];
  if (effect === 'about') [lo, hi] = [Math.min(lo, bare.lo), Math.max(hi, bare.hi)];
  if (effect === 'justOver') hi = Math.max(hi, bare.hi);
  return { lo: Math.max(0, lo), hi };
}

// The interval an unhedged item allows, in base units.
function bareInterval(item: Item, family: Target['family'], scale: number): { lo: number; hi: number } {
  let lo = item.lo * scale;
  let hi = item.hi * scale;
  if (item.exact && family === 'time' && item.unit !== null && COARSE_UNITS.has(item.unit)) {
    // "three weeks", "10 months", "a year" in copy are rounded and, for ages ("three-week-old", "three weeks
    // ago"), floored like a person's age: "three weeks" covers from half a week short of it (rounded up)
    // to a day short of four weeks (not yet four). For one unit ("a month") both sides shrink to a
    // quarter and a half of it, else "a month" would stretch to 59 days. So 26 days is "three weeks" and
    // "a month" (22.8–45.7 days), and "10 months" (289–334 days) meets "almost a year" (329–365 days).
    const n = item.lo * scale;
    lo = n - Math.min(scale / 2, n / 4);
    hi = n + Math.min(scale - 1, n / 2);
  } else if (item.exact && family === 'distance') {
    // Distances in copy are estimates and conversions of estimates ("80 kilometres (50 miles)"): a bare
    // one is rounded at its last significant digit, so it spans half that place either side, but no
    // more than 10% ("100 km" is 90–110, not 50–150). Two outlets converting from different units agree.
    const w = roundingHalfWidth(item.lo) * scale;
    lo -= w;
    hi += w;
  } else if (item.exact && family === 'time') {
    // A count of days or hours is ±1: outlets count inclusively or not, and publish in different time zones.
    lo -= scale;
    hi += scale;
  }
  // A bare count is exact: the outlet (or the official it quotes) asserted that figure, and rounding
  // tolerance belongs to the hedge that says so ("nearly 4,000" still meets "4,000" at 4,000).
  return { lo: Math.max(0, lo), hi };
}

// Half the place of a number's last significant digit, capped at 10% of it: 80 → 5, 85 → 0.5, 2.5 → 0.05.
function roundingHalfWidth(n: number): number {
  if (n <= 0) return 0;
  const decimals = String(n).split('.')[1]?.length ?? 0;
  let place = 10 ** -decimals;
  while (decimals === 0 && n % (place * 10) === 0) place *= 10;
  return Math.min(place / 2, n / 10);
}

// Converts base units to the fact's unit and rounds outward to its step, so a hedge never narrows.
function toTarget(v: { lo: number; hi: number }, target: Target): { lo: number; hi: number } {
  const eps = 1e-9;
  const lo = Math.floor(v.lo / target.scale / target.step + eps) * target.step;
  const hi = v.hi >= UNBOUNDED ? UNBOUNDED : Math.ceil(v.hi / target.scale / target.step - eps) * target.step;
  return { lo: round(lo), hi: round(hi) };
}

// Removes binary floating-point noise (0.1 steps that print as 80.47000000000001).
function round(x: number): number {
  return x >= UNBOUNDED ? x : Math.round(x * 1e6) / 1e6;
}

/** A span of days expressed in the fact's time unit ("days", "weeks", "months"), rounded outward. */
export function daysIn(unit: string, lo: number, hi: number): { lo: number; hi: number } {
  const target = canonicalUnit(unit);
  if (target.family !== 'time') throw new RangeError(`"${unit}" is not a unit of time`);
  return toTarget({ lo, hi }, target);
}
