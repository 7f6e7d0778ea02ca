// Splits news text into sentences with their offsets: paragraphs first (a heading or a highlight line without a
// full stop is a sentence of its own), then at sentence-final punctuation that is not an abbreviation or initial.

/** A sentence: its text and where it sits in the whole text, and which paragraph it belongs to. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** 0-based paragraph number. */
  paragraph: number;
}

// Words that end with a full stop without ending the sentence: titles, months, and common Latin shorthand.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'capt',
  'col',
  'gen',
  'lt',
  'sgt',
  'maj',
  'cpl',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'st',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vol',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'jr',
  'sr',
  'rev',
  'fig',
  'pp',
]);

// A candidate boundary: . ! or ? (possibly followed by closing quotes or brackets), then whitespace.
const BOUNDARY = /[.!?]+["'\u201d\u2019)\]]*(?=\s)/g;

/** The sentences of a text, in order; paragraphs are separated by blank lines (or single line breaks). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const blocks = /[^\n]+/g;
  for (const block of text.matchAll(blocks)) {
    const blockText = block[0];
    if (blockText.trim() === '') continue;
    for (const [s, e] of splitBlock(blockText)) {
      const start = block.index + s;
      const end = block.index + e;
      sentences.push({ text: text.slice(start, end), start, end, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

// [start, end) pairs of the sentences of one line of text, trimmed.
function splitBlock(block: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of block.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (!endsSentence(block, m.index, end)) continue;
    pushTrimmed(spans, block, start, end);
    start = end;
  }
  pushTrimmed(spans, block, start, block.length);
  return spans;
}

function pushTrimmed(spans: [number, number][], block: string, start: number, end: number): void {
  while (start < end && /\s/.test(block[start]!)) start++;
  while (end > start && /\s/.test(block[end - 1]!)) end--;
  if (end > start) spans.push([start, end]);
}

// Whether the punctuation at `at` really ends a sentence: not after an abbreviation or an initial, and the
// next word starts like a sentence (a capital, a digit or an opening quote).
function endsSentence(block: string, at: number, end: number): boolean {
  // Only the words either side matter: a window keeps a long paragraph linear.
  const next = block.slice(end, end + 16).trimStart();
  if (next === '') return true;
  if (!/^["'\u201c\u2018([]?[\p{Lu}\d]/u.test(next)) return false;
  if (block[at] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(block.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const bare = word.replace(/\./g, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // "U.S." or "J." (an initial): a single letter or dotted letters.
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}
