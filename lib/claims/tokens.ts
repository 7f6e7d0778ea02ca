// Word and punctuation tokens of a sentence, with offsets, a case-folded form and a crude stem, so that the
// engine compares "troops"/"troop", "killed"/"kill" and "Mali's"/"Mali" as the same word.

/** One token: a word (letters, digits, "4,000", "26-day-old", "France's") or one punctuation mark. */
export interface Token {
  text: string;
  /** Offsets in the text the tokens were read from. */
  start: number;
  end: number;
  /** Lower case, accents and possessive dropped: "france" for "France's". */
  lower: string;
  /** Stem of `lower` for common words ("troop", "kill"); proper names keep `lower`. */
  lemma: string;
  /** 'word' for words and numbers, 'punct' for anything else. */
  type: 'word' | 'punct';
  /** Starts with a capital letter. */
  cap: boolean;
  /** A function word ("the", "of", "were"): never content on its own. */
  stop: boolean;
}

// Digits grouped by commas or (narrow) spaces ("4,000", "4 000") before other words, so a grouped number is one token
// (but "18 777s" is eighteen of a model);
// a dollar's letters after its sign ("$US12,480,000") are a token of their own; a decimal comma before a percentage
// ("8,26%", "1,2 million", and after a currency, "R24,38", "$81,40") keeps its number whole, and so do a rand amount
// grouped by spaces ("R310 000") and an Indian one grouped by lakhs ("1,01,566").
const TOKEN =
  /(?<=[$€£])\p{Lu}{1,2}(?=\p{N})|R\p{N}{1,3}(?:[ \u00a0]\p{N}{3})+(?![\p{N}\p{L}])|R\p{N}{1,3}(?:,\p{N}{3})*(?:,\p{N}{2}|\.\p{N}+)?(?![\p{N}\p{L}]|[,.]\p{N})|(?<=[$€£])\p{N}{1,3},\p{N}{2}(?![\p{N}]|[,.]\p{N})|(?<![\p{N},.])\p{N}{1,3},\p{N}{1,2}(?=\s?(?:%|per ?cent|percent|million|billion|trillion))|(?<![\p{N},.])\p{N}{1,2}(?:,\p{N}{2})+,\p{N}{3}(?![\p{N},])|\p{N}{1,3}(?:,\p{N}{3})+(?!\p{N})(?:\.\p{N}+)?|\p{N}{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\p{N}{3})+(?!\p{N}|s(?!\p{L}))(?:\.\p{N}+)?|[\p{L}\p{N}]+(?:['\u2019\u2010\u2011\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Function words: determiners, pronouns, auxiliaries, prepositions, conjunctions. */
export const STOP_WORDS = new Set(
  (
    "a an the this that these those its it it's their they them his her he she him we us our you your i me my " +
    'who whom whose which what where when while whilst why how than then there here also too very so such ' +
    'is are was were be been being am has have had having do does did done will would shall should can could ' +
    'may might must ought of in on at by for from to into onto with within without about against between among ' +
    'through during before after above below over under up down out off again further once and or but nor if ' +
    'because as until unless though although yet not no only just both each every either neither any all some ' +
    'most more less few many much other another same own now still even already ever never since per via upon ' +
    'across along around behind beyond despite like near toward towards amid amidst everything something anything ' +
    'nothing everyone someone anyone nobody whether'
  ).split(' '),
);

/** Reads the tokens of `text`, offsets shifted by `offset` (the text's position in a larger one). */
export function tokenise(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    const lower = isWord ? foldWord(raw) : raw;
    const cap = /^\p{Lu}/u.test(raw);
    tokens.push({
      text: raw,
      start: offset + m.index,
      end: offset + m.index + raw.length,
      lower,
      lemma: isWord ? (cap && !STOP_WORDS.has(lower) ? lower : stem(lower)) : raw,
      type: isWord ? 'word' : 'punct',
      cap,
      stop: isWord && STOP_WORDS.has(lower),
    });
  }
  return tokens;
}

/** Lower case, accents removed, curly apostrophes straightened, possessive "'s" and digit grouping removed. */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters: no accents, quotes or digit groups to remove.
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  // "1,01,566": grouped by lakhs and crores.
  if (/^\d{1,2}(?:,\d\d)+,\d{3}$/.test(word)) return word.replace(/,/g, '');
  return (
    word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/'s$|'$/, '')
      .replace(/(\d)[, \u00a0\u202f\u2009](?=\d{3})/g, '$1')
      // "8,26%": a decimal comma (the token's only shape with a comma before fewer than three digits).
      .replace(/^(\d{1,3}),(\d{1,2})$/, '$1.$2')
  );
}

/** A crude suffix-stripping stem, enough to match plural and verb forms of one word. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) {
    // "class", "status", "crisis": not plurals.
  } else if (/(sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  // "planned" → "plan", "killing" keeps its double l ("kill").
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
