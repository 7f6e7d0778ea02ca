// Statements about who holds a place: a place named beside a word of control, capture or hold ("forces captured
// Gao", "now control Timbuktu", "Kidal … was now under the control of French forces", "Kindal, the last major city
// under the grip of militants"), as the span from the place to that word and the agent after it. Which status
// the words state is decided at alignment, against the statements reviewers recorded for the story's status facts.
import { monthNumber, weekdayNumber } from '../quantity/calendar';
import type { Entity } from './entities';
import { meaningOf } from './lexicon';
import type { Token } from './tokens';

/** A place and the span from it to the words that state its status. */
export interface StatusSpan {
  place: Entity;
  first: number;
  last: number;
  /** The span's words that state the status: without the place and without an aside between dashes. */
  words: Token[];
}

// How many words a status word may sit from its place (after skipping a dashed aside), and how many words of
// agent ("of French forces") follow it.
const REACH_AFTER = 8;
const REACH_BEFORE = 6;
const AGENT_WORDS = 4;
const STOP = /^[;:.()[\]]$/;

/** Whether a token speaks of holding or taking ground (see the 'control' class in lexicon.ts). */
export function isStatusWord(t: Token): boolean {
  return t.type === 'word' && !t.cap && meaningOf(t.lower, t.lemma) === 'control';
}

// A number, or a month or weekday name: another figure's words, which a status span never crosses.
function isFigureWord(t: Token): boolean {
  return (
    t.type === 'word' &&
    (/^\d/.test(t.text) ||
      (t.cap && (weekdayNumber(t.lower) !== null || (t.lower.length > 3 && monthNumber(t.lower) !== null))))
  );
}

// A dash that opens or closes an aside: "--", an en dash or an em dash; its length in tokens, or 0.
function asideDash(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  if (t.text === '\u2014' || t.text === '\u2013') return 1;
  return t.text === '-' && tokens[j + 1]?.text === '-' ? 2 : 0;
}

/** One status span per place of the sentence that has a status word near it. */
export function findStatusClaims(tokens: readonly Token[], entities: readonly Entity[]): StatusSpan[] {
  const spans: StatusSpan[] = [];
  for (const place of entities) {
    if (place.type !== 'place') continue;
    const after = cueAfter(tokens, place.last + 1);
    const before = cueBefore(tokens, place.first - 1);
    if (after === null && before === null) continue;
    // "secure Kindal, the last major city under the grip of militants": both statements, one span.
    const first = before ? before.at : place.first;
    const last = after ? agentEnd(tokens, after.at) : place.last;
    // Active voice ("French-led forces captured Gao"): who holds is the subject before the status word.
    const subject = before ? subjectBefore(tokens, before.at) : [];
    spans.push({ place, first, last, words: [...subject, ...statusWords(tokens, first, last, place)] });
  }
  return spans;
}

// Up to three content words before a status verb, within its clause: "French-led troops now control …".
function subjectBefore(tokens: readonly Token[], cue: number): Token[] {
  const words: Token[] = [];
  for (let j = cue - 1; j >= 0 && words.length < 3; j--) {
    const t = tokens[j]!;
    if (t.type === 'punct' && (STOP.test(t.text) || t.text === ',')) break;
    if (t.type === 'word' && !t.stop && !isFigureWord(t)) words.unshift(t);
  }
  return words;
}

// The words of a span that say who holds the place: not the place, not an aside between dashes.
function statusWords(tokens: readonly Token[], first: number, last: number, place: Entity): Token[] {
  const words: Token[] = [];
  for (let j = first; j <= last; j++) {
    const open = asideDash(tokens, j);
    if (open > 0) {
      let close = j + open;
      while (close <= last && asideDash(tokens, close) === 0) close++;
      j = close + Math.max(0, asideDash(tokens, close) - 1);
      continue;
    }
    const t = tokens[j]!;
    if ((j < place.first || j > place.last) && t.type === 'word' && !t.stop) words.push(t);
  }
  return words;
}

// The first status word after the place, skipping an aside between dashes ("Kidal -- the last town … -- was now
// under the control of …"); the distance counts words outside the aside.
function cueAfter(tokens: readonly Token[], from: number): { at: number; distance: number } | null {
  let words = 0;
  for (let j = from; j < tokens.length && words <= REACH_AFTER; j++) {
    const t = tokens[j]!;
    const open = asideDash(tokens, j);
    if (open > 0) {
      let close = j + open;
      while (close < tokens.length && asideDash(tokens, close) === 0) close++;
      if (close >= tokens.length) return null;
      j = close + asideDash(tokens, close) - 1;
      continue;
    }
    if (t.type === 'punct' && STOP.test(t.text)) return null;
    // A comma ends the clause unless an apposition follows ("Kindal, the last major city under …").
    if (t.text === ',' && !/^(the|a|an)$/.test(tokens[j + 1]?.lower ?? '')) return null;
    if (isFigureWord(t)) return null;
    if (isStatusWord(t)) return { at: j, distance: words };
    if (t.type === 'word') words++;
  }
  return null;
}

// The nearest status word before the place ("captured Gao", "hand over control of … Timbuktu").
function cueBefore(tokens: readonly Token[], from: number): { at: number; distance: number } | null {
  let words = 0;
  for (let j = from; j >= 0 && words <= REACH_BEFORE; j--) {
    const t = tokens[j]!;
    if (t.type === 'punct' && (STOP.test(t.text) || t.text === ',')) return null;
    if (isFigureWord(t)) return null;
    if (isStatusWord(t)) return { at: j, distance: words };
    if (t.type === 'word') words++;
  }
  return null;
}

// The status word and who holds: "under the control of French forces", "under the grip of militants".
function agentEnd(tokens: readonly Token[], cue: number): number {
  let last = cue;
  let words = 0;
  for (let j = cue + 1; j < tokens.length && words < AGENT_WORDS; j++) {
    const t = tokens[j]!;
    if (t.type !== 'word' || isFigureWord(t)) break;
    last = j;
    words++;
  }
  return last;
}
