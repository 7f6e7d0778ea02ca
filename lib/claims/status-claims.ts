// Statements about who holds a place ("Kidal was now under the control of French forces", "forces captured Gao"):
// a place named in a sentence with words of control, capture or hold around it. Which status the words state is
// decided at alignment, against the statements reviewers recorded for the story's status facts.
import type { Entity } from './entities';
import { meaningOf } from './lexicon';
import type { Token } from './tokens';

/** A place and the span from it to the words that state its status. */
export interface StatusSpan {
  place: Entity;
  first: number;
  last: number;
}

// How far (in tokens) a status word may sit from the place it is about, within one sentence.
const REACH = 32;

/** Whether a token speaks of holding or taking ground (see the 'control' class in lexicon.ts). */
export function isStatusWord(t: Token): boolean {
  return t.type === 'word' && !t.cap && meaningOf(t.lower, t.lemma) === 'control';
}

/** One status span per place of the sentence that has status words around it. */
export function findStatusClaims(tokens: readonly Token[], entities: readonly Entity[]): StatusSpan[] {
  const cues = tokens.flatMap((t, i) => (isStatusWord(t) ? [i] : []));
  if (cues.length === 0) return [];
  const spans: StatusSpan[] = [];
  for (const place of entities) {
    if (place.type !== 'place') continue;
    const near = cues.filter((c) => c > place.last - REACH && c < place.first + REACH);
    if (near.length === 0) continue;
    spans.push({ place, first: Math.min(place.first, ...near), last: Math.max(place.last, ...near) });
  }
  return spans;
}
