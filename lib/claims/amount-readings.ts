// How the amount grammar chooses between readings by the words around a number: millions or metres ("2.7m"), a score
// or a range ("3-1"), an inch mark or a closing quotation, and a duration written in parts ("2hr 15min 9sec").
import type { Unit } from '../quantity/units';
import { unitAt } from '../quantity/units';
import { isDigits, readBare, word } from './numbers';
import type { Piece } from './pieces';
import { wordTable } from '../quantity/word-table';

const SPORT =
  /^(won|win|wins|beat|beats|beaten|lost|lose|loses|defeat|defeated|defeats|draw|drew|drawn|victory|win|loss|lead|led|leads|trail|trailed|trailing|edged|thrashed|routed|score|scored|final|tie|tied|match|game|series|vote|voted|ruling|decision|majority|margin|scoreline|triumph|thrashing|rout|win)$/;

const COMPOUND = wordTable<number>({
  'year>month': 12,
  'week>day': 7,
  'day>hour': 24,
  'hour>minute': 60,
  'minute>second': 60,
  'month>week': 4,
});

const MEASURING =
  /^(tall|high|long|deep|wide|away|above|below|sprint|race|freestyle|hurdles|high|thick|from|of|in|to|and|or)$/;

// Words of a sentence about heights and depths: "the River Taff peaked at 4.1m" is metres.
const LEVELS =
  /^(river|rivers|level|levels|height|tall|deep|depth|waves?|peaked|peak|tide|tides|flood|floods|jump|jumped|throw|threw|vault|cleared)$/;

/** Whether "2.7m" before piece j means millions: a plural noun follows, or a decimal with no measuring word. */
export function millions(P: readonly Piece[], j: number, value: number): boolean {
  const next = word(P, j);
  if (!/s$/.test(next) && next !== 'people' && P.some((p) => LEVELS.test(p.w))) return false;
  if (MEASURING.test(next) || P[j]?.punct) return !Number.isInteger(value) && !MEASURING.test(next) && next !== '-';
  return /s$/.test(next) || next === 'people' || !Number.isInteger(value);
}

/** Whether piece k sits inside a quotation opened before it in the sentence (its closing mark is no inch sign). */
export function quoted(P: readonly Piece[], k: number): boolean {
  let straight = 0;
  let open = 0;
  for (let j = 0; j < k; j++) {
    if (P[j]!.w === '"') straight++;
    else if (P[j]!.w === '\u201c') open++;
    else if (P[j]!.w === '\u201d') open--;
  }
  return straight % 2 === 1 || open > 0;
}

/** The words from piece j on, up to a punctuation mark (enough for a unit or a hedge of three words). */
export function wordsFrom(P: readonly Piece[], j: number): string[] {
  const out: string[] = [];
  for (let k = j; k < P.length && out.length < 4; k++) {
    if (P[k]!.punct && !(P[k]!.w === '/' && out.length > 0)) break;
    out.push(P[k]!.w);
  }
  if (out.length === 0 && P[j]?.w === '°') out.push('°');
  return out;
}

/** Whether the words around "3-1" speak of a game or a vote: a score, not a range. */
export function sporting(P: readonly Piece[], k: number, end: number, sentence: readonly string[]): boolean {
  const near = [word(P, k - 1), word(P, k - 2), word(P, end), word(P, end + 1)];
  if (near.some((w) => SPORT.test(w))) return true;
  return sentence.some((w) =>
    /^(won|beat|drew|defeated|draw|victory|scored|goals?|match|innings|routed|thrashed|edged|outshot|outshoot|outscored|crushed|downed|hammered|whipped|vote|voted|votes|senate|councillors|councilors|motion|ballot)$/.test(
      w,
    ),
  );
}

/** "six years and eight months", "2hr 15min 9sec": the total in the smallest unit, from a first part of `unit` read
 * up to piece j; null when no smaller part follows. */
export function durationParts(
  P: readonly Piece[],
  first: number,
  unit: Unit,
  j: number,
): { total: number; unit: Unit; end: number } | null {
  let [total, current, end] = [first, unit, j];
  for (;;) {
    const and = word(P, end) === 'and' ? 1 : 0;
    const more = and || isDigits(word(P, end)) ? readBare(P, end + and, false) : null;
    const smaller = more ? unitAt(wordsFrom(P, more.end), 0, P[more.end]?.joined === true) : null;
    const factor = smaller ? COMPOUND[`${current.name}>${smaller.unit.name}`] : undefined;
    if (!more || !smaller || !factor || !more.exact) break;
    [total, current, end] = [total * factor + more.lo, smaller.unit, more.end + smaller.length];
  }
  return end > j ? { total, unit: current, end } : null;
}
