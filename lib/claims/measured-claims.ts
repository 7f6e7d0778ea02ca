// Claims of money, shares, measures, fractions and scores: their value is the grammar's reading of the figure (exact
// decimals kept, in its own unit), and what they count is what they are an amount of, never a borrowed noun.
import { UNBOUNDED } from '../quantity/hedges';
import type { Concept } from './concept';
import type { Figure } from './read-figures';
import { foldWord } from './tokens';
import type { Reading } from './types';

/** Kinds of figure whose value is not a count of things. */
export const MEASURED: ReadonlySet<string> = new Set(['money', 'percent', 'fraction', 'ratio', 'score', 'measure']);

/** A measured figure's reading: the interval its words allow, in its own unit. */
export function measuredReading(q: Figure): Reading {
  const [lo, hi] = q.interval ?? [null, null];
  if (typeof lo !== 'number' && typeof hi !== 'number') return { kind: 'count', value: null, unreadable: 'no value' };
  const low = typeof lo === 'number' ? lo : 0;
  const high = typeof hi === 'number' ? hi : UNBOUNDED;
  return {
    kind: 'count',
    value: { kind: 'quantity', lo: Math.min(low, high), hi: Math.max(low, high), unit: q.unit ?? q.kind },
    unreadable: null,
  };
}

/** What a measured figure is an amount of, as a concept ("cost", "children"). */
export function conceptOf(counts: string | null): Concept {
  if (!counts) return { text: '', head: null, modifiers: [], proper: [], source: 'none', first: -1, last: -1 };
  const words = counts.split(/\s+/).map((w) => foldWord(w));
  const capitalised = counts
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => foldWord(w));
  return {
    text: counts,
    head: words[words.length - 1] ?? null,
    modifiers: words.slice(0, -1),
    proper: capitalised.slice(0, -1),
    source: 'after',
    first: -1,
    last: -1,
  };
}
