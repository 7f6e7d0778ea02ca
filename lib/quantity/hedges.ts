// Hedge words around a figure ("nearly 4,000", "some 1,800", "more than 100", "4,000 or so") and how each
// widens the interval the bare figure would give.
import { tokenise } from './normalise-figure';
import { isNumberish, readNumber, unitWord } from './number-words';

/**
 * How a hedge moves the interval. Widths are fractions of the figure, chosen to be generous so that two
 * outlets rounding the same number differently are not called a dispute, yet narrow enough that a real
 * gap (4,000 against 2,150) still shows:
 * - `below`: "nearly/almost/just under X" is at most X and within 10% under it (X·0.9 … X): copy writes
 *   "nearly 4,000" for 3,700–3,990, and would write "more than 3,500" for less.
 * - `barely`: "barely/hardly X" stresses smallness and is used more loosely, so 20% under (X·0.8 … X).
 * - `about`: "some/around/about/roughly X" is a rounded figure either side: X·0.9 … X·1.1.
 * - `justOver`: "just over X", "X-odd": X … X·1.1.
 * - `moreThan`/`atLeast`: no upper bound (the wording gives none); `moreThan` excludes X itself.
 * - `lessThan`/`upTo`: down to zero; `lessThan` excludes X itself.
 */
export type HedgeEffect = 'below' | 'barely' | 'about' | 'justOver' | 'moreThan' | 'atLeast' | 'lessThan' | 'upTo';

/**
 * Upper bound of an interval the wording leaves open ("more than 100"). A finite stand-in for infinity
 * because the index is JSON, where Infinity would silently become null.
 */
export const UNBOUNDED = Number.MAX_SAFE_INTEGER;

interface Hedge {
  words: string[];
  effect: HedgeEffect;
  /** Trailing hedges follow the number ("4,000 or so"); the others precede it. */
  trailing?: boolean;
}

const HEDGES: Hedge[] = (
  [
    ...['nearly', 'almost', 'just under', 'just below', 'not quite', 'just shy of'].map((w) => lead(w, 'below')),
    ...['barely', 'hardly', 'scarcely', 'only just'].map((w) => lead(w, 'barely')),
    ...[
      'some',
      'around',
      'about',
      'roughly',
      'approximately',
      'approx',
      'an estimated',
      'estimated',
      'close to',
      'circa',
      'an approximate',
    ].map((w) => lead(w, 'about')),
    ...['just over', 'just above', 'slightly more than', 'a little over', 'a little more than'].map((w) =>
      lead(w, 'justOver'),
    ),
    ...[
      'more than',
      'over',
      'above',
      'upwards of',
      'in excess of',
      'well over',
      'well above',
      'longer than',
      'greater than',
      'higher than',
    ].map((w) => lead(w, 'moreThan')),
    ...['at least', 'no fewer than', 'no less than', 'a minimum of'].map((w) => lead(w, 'atLeast')),
    ...['fewer than', 'less than', 'under', 'below'].map((w) => lead(w, 'lessThan')),
    ...[
      'up to',
      'as many as',
      'at most',
      'no more than',
      'a maximum of',
      'no higher than',
      'no further than',
      'no longer than',
      'no greater than',
    ].map((w) => lead(w, 'upTo')),
    trail('or so', 'about'),
    trail('odd', 'justOver'),
    trail('plus', 'moreThan'),
    trail('or more', 'atLeast'),
    trail('or fewer', 'upTo'),
    trail('or less', 'upTo'),
  ] satisfies Hedge[]
).sort((a, b) => b.words.length - a.words.length); // longest first: "just under" before "under"

function lead(phrase: string, effect: HedgeEffect): Hedge {
  return { words: phrase.split(' '), effect };
}

function trail(phrase: string, effect: HedgeEffect): Hedge {
  return { words: phrase.split(' '), effect, trailing: true };
}

/** A hedge found in a token list: its words, its effect and the index after it. */
export interface HedgeMatch {
  phrase: string;
  effect: HedgeEffect;
  end: number;
}

/** The leading hedge starting at token `i`, or null. */
export function leadingHedgeAt(tokens: readonly string[], i: number): HedgeMatch | null {
  return matchAt(tokens, i, false);
}

/** The trailing hedge starting at token `i` ("or so" after a number), or null. */
export function trailingHedgeAt(tokens: readonly string[], i: number): HedgeMatch | null {
  return matchAt(tokens, i, true);
}

// The hedges by their first word, longest first: a text's words are looked up, not every hedge tried at each.
const BY_FIRST = new Map<string, Hedge[]>();
for (const h of HEDGES) BY_FIRST.set(h.words[0]!, [...(BY_FIRST.get(h.words[0]!) ?? []), h]);

function matchAt(tokens: readonly string[], i: number, trailing: boolean): HedgeMatch | null {
  const candidates = BY_FIRST.get(tokens[i] ?? '');
  if (!candidates) return null;
  for (const h of candidates) {
    if (Boolean(h.trailing) !== trailing) continue;
    let k = 1;
    while (k < h.words.length && tokens[i + k] === h.words[k]) k++;
    if (k === h.words.length) return { phrase: h.words.join(' '), effect: h.effect, end: i + h.words.length };
  }
  return null;
}

/** Applies a hedge to the interval [lo, hi]; `step` is the smallest meaningful difference (1 for counts). */
export function applyHedge(effect: HedgeEffect, lo: number, hi: number, step: number): [number, number] {
  // A 10% width of a small figure ("about 5") would be under one unit; never widen by less than a step.
  const width = (x: number, f: number) => Math.max(step, x * f);
  switch (effect) {
    case 'below':
      return [lo - width(lo, 0.1), hi];
    case 'barely':
      return [lo - width(lo, 0.2), hi];
    case 'about':
      return [lo - width(lo, 0.1), hi + width(hi, 0.1)];
    case 'justOver':
      return [lo, hi + width(hi, 0.1)];
    case 'moreThan':
      return [lo + step, UNBOUNDED];
    case 'atLeast':
      return [lo, UNBOUNDED];
    case 'lessThan':
      return [0, Math.max(0, hi - step)];
    case 'upTo':
      return [0, hi];
  }
}

// Vague-amount words count as hedges for readers: "several hundred" is hedged where "400" is not.
const VAGUE_HEDGES: string[][] = [['several'], ['a', 'few'], ['a', 'couple'], ['a', 'handful']];

/** The hedge words found in a figure ("nearly", "some", "several", "around", "almost", "barely"...). */
export function findHedges(figure: string): string[] {
  const tokens = tokenise(figure);
  const found: string[] = [];
  const add = (p: string) => {
    if (!found.includes(p)) found.push(p);
  };
  for (let i = 0; i < tokens.length; i++) {
    // Only words that modify a figure count: "some" in "some terrorist havens" or "over" in "over the past
    // two days" is not a hedge on a number.
    const lead = leadingHedgeAt(tokens, i);
    if (lead && startsAmount(tokens, lead.end)) {
      add(lead.phrase);
      i = lead.end - 1; // "just under" is one hedge, not also "under"
      continue;
    }
    const trail = trailingHedgeAt(tokens, i);
    if (trail && i > 0 && endsAmount(tokens[i - 1]!)) add(trail.phrase);
    const vague = VAGUE_HEDGES.find((words) => words.every((w, k) => tokens[i + k] === w));
    if (vague) add(vague.join(' '));
  }
  return found;
}

function startsAmount(tokens: readonly string[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (readNumber(tokens, i)) return true;
  return (t === 'a' || t === 'an' || t === 'one') && unitWord(tokens[i + 1] ?? '') !== null;
}

function endsAmount(token: string): boolean {
  return isNumberish(token) || unitWord(token) !== null || ['hundred', 'thousand', 'million', 'dozen'].includes(token);
}
