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
// Written once over classes of letters (L), capitals (U) and digits (N), so that it can be compiled for any text
// (Unicode's classes) or for Latin-1 text (their Latin-1 members), which is most sentences of news.
function tokenPattern(L: string, U: string, N: string): string {
  return (
    `(?<=[$€£])[${U}]{1,2}(?=[${N}])|R[${N}]{1,3}(?:[ \u00a0][${N}]{3})+(?![${N}${L}])|` +
    `R[${N}]{1,3}(?:,[${N}]{3})*(?:,[${N}]{2}|\\.[${N}]+)?(?![${N}${L}]|[,.][${N}])|` +
    `(?<=[$€£])[${N}]{1,3},[${N}]{2}(?![${N}]|[,.][${N}])|` +
    `(?<![${N},.])[${N}]{1,3},[${N}]{1,2}(?=\\s?(?:%|per ?cent|percent|million|billion|trillion))|` +
    `(?<![${N},.])[${N}]{1,2}(?:,[${N}]{2})+,[${N}]{3}(?![${N},])|` +
    `[${N}]{1,3}(?:,[${N}]{3})+(?![${N}])(?:\\.[${N}]+)?|` +
    `[${N}]{1,3}(?:(?:,|[ \u00a0\u202f\u2009])[${N}]{3})+(?![${N}]|s(?![${L}]))(?:\\.[${N}]+)?|` +
    `[${L}${N}]+(?:['\u2019\u2010\u2011\\-.][${L}${N}]+)*|[^\\s${L}${N}]`
  );
}

// Latin-1's letters, capitals and digits, exactly as Unicode classes them (a unit test checks every code point).
const LATIN1 = {
  L: 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff',
  U: 'A-Z\u00c0-\u00d6\u00d8-\u00de',
  N: '0-9\u00b2\u00b3\u00b9\u00bc-\u00be',
};
// A letter or digit of Latin-1: a token holding one is a word.
const LATIN1_WORD_CHAR = new RegExp(`[${LATIN1.L}${LATIN1.N}]`);
// A character beyond Latin-1 and the punctuation and currency blocks (which hold no letter or digit); the controls
// before the tab count as beyond.
const BEYOND_LATIN1 = /[^\t-\u00ff\u2000-\u206f\u20a0-\u20c0]/;
// Unicode's classes cost a Unicode-aware compile of a few milliseconds, paid only by a text that needs them; the
// Latin-1 pattern compiles far faster, which a background woken for one page feels.
let anyText: RegExp | null = null;
let latin1Text: RegExp | null = null;

/** The token pattern with Unicode's classes (any text) or with their Latin-1 members; a test compares the two. */
export function tokenRegExp(forAnyText: boolean): RegExp {
  if (forAnyText) {
    anyText ??= new RegExp(tokenPattern('\\p{L}', '\\p{Lu}', '\\p{N}'), 'gu');
    return anyText;
  }
  latin1Text ??= new RegExp(tokenPattern(LATIN1.L, LATIN1.U, LATIN1.N), 'g');
  return latin1Text;
}

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
  const latin1 = !BEYOND_LATIN1.test(text);
  const pattern = tokenRegExp(!latin1);
  const tokens: Token[] = [];
  // exec() rather than matchAll(): no iterator objects, which cost more than the match in code not yet optimised.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const word = wordOf(raw);
    tokens.push({
      text: raw,
      start: offset + m.index,
      end: offset + m.index + raw.length,
      lower: word.lower,
      lemma: word.lemma,
      type: word.type,
      cap: word.cap,
      stop: word.stop,
    });
  }
  return tokens;
}

/** What a token's text alone decides: its folded form, stem, kind, capital and whether it is a function word. */
type WordReading = Pick<Token, 'lower' | 'lemma' | 'type' | 'cap' | 'stop'>;

// Words read before, by their text: most of a text's tokens are words it has already used ("the", a name, a unit), and
// folding and stemming each again costs more than looking it up. Emptied when full, so it never holds more than this.
const readWords = new Map<string, WordReading>();
const READ_WORDS_MAX = 20_000;

function wordOf(raw: string): WordReading {
  const known = readWords.get(raw);
  if (known) return known;
  // A Latin-1 token's letters and digits are those of Unicode's classes (a unit test checks every code point), so the
  // reading depends on the token alone.
  const isWord = BEYOND_LATIN1.test(raw) ? /[\p{L}\p{N}]/u.test(raw) : LATIN1_WORD_CHAR.test(raw);
  const lower = isWord ? foldWord(raw) : raw;
  const cap = capital(raw.charCodeAt(0)) ?? /^\p{Lu}/u.test(raw);
  const stop = isWord && STOP_WORDS.has(lower);
  const reading: WordReading = {
    lower,
    lemma: isWord ? (cap && !stop ? lower : stem(lower)) : raw,
    type: isWord ? 'word' : 'punct',
    cap,
    stop,
  };
  if (readWords.size >= READ_WORDS_MAX) readWords.clear();
  readWords.set(raw, reading);
  return reading;
}

// Whether a Latin-1 character is a capital (null beyond Latin-1, for Unicode's class to say).
function capital(code: number): boolean | null {
  if (code > 0xff) return null;
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** Lower case, accents removed, curly apostrophes straightened, possessive "'s" and digit grouping removed. */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters: no accents, quotes or digit groups to remove.
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  // "1,01,566": grouped by lakhs and crores.
  if (/^\d{1,2}(?:,\d\d)+,\d{3}$/.test(word)) return word.replace(/,/g, '');
  // Printable ASCII has no accents to take apart (it is its own NFD form, without marks).
  const plain = /^[ -~]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}+/gu, '');
  return (
    plain
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
