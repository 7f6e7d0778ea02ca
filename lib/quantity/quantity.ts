// What one figure of news copy says, as the figures command reports it: the value as written, the interval its
// hedge allows, its unit, its change ("about", "more than", "rose by") and its kind.
import { applyHedge, type HedgeEffect, UNBOUNDED } from './hedges';

/** The sort of figure, as the quantity corpus annotates it. */
export type QuantityKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'measure'
  | 'duration'
  | 'age'
  | 'date'
  | 'fraction'
  | 'score'
  | 'ratio';

/** How the words place the figure: exact, approximate, a bound, or the amount of a rise or fall. */
export type Change = '=' | '~' | '>' | '<' | 'up' | 'down';

/** A value as written: a number, an ISO day/month/year, a range or vague amount `[lo, hi]`, or null. */
export type WrittenValue = number | string | [number, number] | [string, string] | null;

/** One figure's reading. */
export interface Quantity {
  value: WrittenValue;
  /** What the words allow once hedges are applied; null for an open side. */
  interval: [number | string | null, number | string | null] | null;
  unit: string | null;
  change: Change;
  kind: QuantityKind;
}

/** A figure found in a text: its reading, where it is, and what it counts in the text's words. */
export interface QuantityFigure extends Quantity {
  start: number;
  end: number;
  text: string;
  counts: string | null;
}

/** The change a hedge says of its figure: "about" is approximate, "nearly" and "up to" an upper bound. */
export function changeOfHedge(effect: HedgeEffect): Change {
  switch (effect) {
    case 'about':
      return '~';
    case 'justOver':
    case 'moreThan':
    case 'atLeast':
      return '>';
    case 'below':
    case 'barely':
    case 'lessThan':
    case 'upTo':
      return '<';
  }
}

/** The smallest step of a number as written: 1 for 345, 0.1 for 1.2, 0.01 for 4.25. */
export function stepOf(n: number): number {
  const decimals = String(n).split('.')[1]?.length ?? 0;
  return decimals === 0 ? 1 : 10 ** -decimals;
}

/** The interval a value allows once its hedge is applied, with null for an open side. */
export function hedgedInterval(lo: number, hi: number, effect: HedgeEffect | null): [number | null, number | null] {
  if (!effect) return [lo, hi];
  const [a, b] = applyHedge(effect, lo, hi, Math.min(stepOf(lo), stepOf(hi)));
  const clean = (x: number) => Math.round(x * 1e6) / 1e6;
  // A negative figure ("-5 degrees") keeps its sign: only an amount that cannot go below zero floors at zero.
  const floor = lo < 0 ? a : Math.max(0, a);
  return [clean(floor), b >= UNBOUNDED ? null : clean(b)];
}

/** Whether a number is one a figure may carry: finite and within the safe integers. */
export function isSafeNumber(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) < UNBOUNDED;
}
