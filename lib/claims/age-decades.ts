// Ages given by decade: "a man in his 40s", "a woman in her mid-30s", "in their nineties", "in his late teens": an
// age of the years the decade allows (the words' early, mid and late thirds, as for temperatures in the 20s).
import type { QuantityFigure } from '../quantity/quantity';
import { wordTable } from '../quantity/word-table';

const WORDS = wordTable<number>({
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
});
const AGE_DECADE =
  /\b(?:in|into|entering) (?:his|her|their|its|my|our|your) ((?:(?:early|mid|late)[- ])?(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0['\u2019]?s))\b/gi;
const MAYBE = /\b(?:his|her|their|its|my|our|your) (?:early|mid|late|teens|\w+ties|[1-9]0)/i;

/** The ages by decade of a sentence, as figures with offsets into the whole text (the sentence starts at `offset`). */
export function ageDecades(sentence: string, offset: number): QuantityFigure[] {
  if (!MAYBE.test(sentence)) return [];
  const out: QuantityFigure[] = [];
  for (const m of sentence.matchAll(AGE_DECADE)) {
    const phrase = m[1]!;
    const word = m[2]!.toLowerCase();
    const base = word === 'teens' ? 13 : (WORDS[word] ?? Number(word.slice(0, 1)) * 10);
    const top = word === 'teens' ? 19 : base + 9;
    const part = /^early/i.test(phrase)
      ? 'early'
      : /^mid/i.test(phrase)
        ? 'mid'
        : /^late/i.test(phrase)
          ? 'late'
          : null;
    const [lo, hi] = thirdOf(base, top, part);
    const start = offset + m.index + m[0].length - phrase.length;
    out.push({
      start,
      end: start + phrase.length,
      text: phrase,
      value: [lo, hi],
      interval: [lo, hi],
      unit: 'year',
      change: '=',
      kind: 'age',
      counts: null,
    });
  }
  return out;
}

// The years of a decade its words allow: all of them, or its early, mid or late third.
function thirdOf(lo: number, hi: number, part: 'early' | 'mid' | 'late' | null): [number, number] {
  if (part === null) return [lo, hi];
  const span = hi - lo + 1;
  const third = Math.floor(span / 3);
  if (part === 'early') return [lo, lo + third];
  if (part === 'late') return [hi - third + 1, hi];
  return [lo + third + 1, hi - third];
}
