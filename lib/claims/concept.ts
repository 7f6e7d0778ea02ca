// What a figure counts: the noun phrase after it ("4,000 French troops", "hundreds of Islamist fighters"), or,
// when the copy leaves the noun out ("11 of its troops were killed and 60 wounded", "of which around 3,800 have
// been deployed", "the toll rose to 60"), the noun it points back to. Without a tagger, words are told apart by
// their shape: function words and punctuation end a phrase, and an -ed/-ing word after the noun is its verb.
import type { Token } from './tokens';

/** The counted concept of a figure. */
export interface Concept {
  /** The phrase as written ("French troops", "pledged African troops"), or "" when none was found. */
  text: string;
  /** Folded head noun ("troops"), or null. */
  head: string | null;
  /** Folded words before the head ("french", "pledged", "more"). */
  modifiers: string[];
  /** The phrase's capitalised words, folded ("french", "african"): names and demonyms that say whose it is. */
  proper: string[];
  /** Where the phrase came from: after the figure, before it, or borrowed from an earlier figure. */
  source: 'after' | 'before' | 'borrowed' | 'none';
  /** Token range of the phrase (-1 when borrowed or none). */
  first: number;
  last: number;
}

const NONE: Concept = { text: '', head: null, modifiers: [], proper: [], source: 'none', first: -1, last: -1 };
// Words that may sit between a figure and its noun: "hundreds of the rebels", "11 of its troops", "1,000 more troops".
const BRIDGE = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'them', 'whose']);
const KEEP = new Set(['more', 'other', 'additional', 'further', 'extra', 'fewer']);
// Verbs that link a figure back to the noun before it: "the toll rose to 60", "numbered about 300", "put at 100".
const LINKS = new Set([
  'to',
  'at',
  'of',
  'by',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'than',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'now',
  'stood',
  'stands',
  'rose',
  'risen',
  'reached',
  'climbed',
  'numbered',
  'totalled',
  'totaled',
  'put',
  'estimated',
  'which',
  'whom',
  'with',
  'as',
  'many',
  'least',
  'more',
  'up',
  'over',
  'reach',
  'reaches',
  'number',
  'numbers',
  'total',
  'totals',
  'stand',
  'hit',
  'exceed',
  'exceeds',
  'top',
  'tops',
]);
const MAX_WORDS = 4;

function isContent(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word' && !t.stop && !/^\d/.test(t.text);
}

function isVerbShape(t: Token): boolean {
  return /(ed|ing)$/.test(t.lower) && t.lower.length > 4;
}

/** What a figure with no noun of its own can borrow: the previous sentences' counts and tokens, nearest first. */
export interface ConceptContext {
  /** The concept of the previous count in the same sentence. */
  earlier: Concept | null;
  /** The concept of the last count of the previous sentence of the paragraph, if it had one. */
  previous: Concept | null;
  /** Tokens of the previous sentence of the paragraph (empty at a paragraph's start). */
  previousTokens: readonly Token[];
  /** Borrow the previous sentence's count before a phrase named in either sentence (the figures command does). */
  countsFirst?: boolean;
}

/**
 * The concept counted by the figure at tokens [first, last] of a sentence: the noun after it; else what the
 * copy points back to: the previous count of the sentence ("11 killed and 60 wounded", "of which around 3,800"),
 * the noun phrase before it ("the death toll rose to 60"), a named force before it in the sentence or the one
 * before ("The African force is meant to reach 8,000; 3,800 are there").
 */
export function countedConcept(
  tokens: readonly Token[],
  first: number,
  last: number,
  source: string,
  context: ConceptContext,
): Concept {
  const after = phraseAfter(tokens, last + 1, source);
  if (after) return after;
  const borrow = (c: Concept | null) => (c?.head ? { ...c, source: 'borrowed' as const, first: -1, last: -1 } : null);
  // What a figure of a new sentence points back to is the last count before it, before any other phrase named there
  // ("3,399 women … 316 said they were raped. Of the latter, 229 were detained").
  const back = context.countsFirst ? borrow(context.previous) : null;
  return (
    borrow(context.earlier) ??
    phraseBefore(tokens, first - 1, source) ??
    back ??
    borrow(describedPhrase(tokens, first - 1, source)) ??
    borrow(describedPhrase(context.previousTokens, context.previousTokens.length - 1, source)) ??
    borrow(context.previous) ??
    NONE
  );
}

// The nearest "Capitalised-descriptor noun" phrase at or before `from` ("African force", "Chadian troops").
function describedPhrase(tokens: readonly Token[], from: number, source: string): Concept | null {
  for (let j = Math.min(from, tokens.length - 2); j >= 0; j--) {
    const a = tokens[j]!;
    const b = tokens[j + 1]!;
    if (a.type === 'word' && a.cap && !a.stop && isContent(b) && !b.cap && !isVerbShape(b)) {
      return build(tokens, [a, b], 'before', source);
    }
  }
  return null;
}

/** The noun phrase right after a figure ("26-day military intervention"), or null. */
export function phraseAfter(tokens: readonly Token[], from: number, source: string): Concept | null {
  let j = from;
  // A figure in quotes ('"two or three" soldiers'), or a list's "4,000: French troops in Mali".
  while (j < tokens.length && tokens[j]!.type === 'punct' && /^["'\u201c\u201d\u2018\u2019]$/.test(tokens[j]!.text))
    j++;
  if (j === from && tokens[j]?.text === ':') j++;
  const kept: Token[] = [];
  while (
    j < tokens.length &&
    tokens[j]!.type === 'word' &&
    (BRIDGE.has(tokens[j]!.lower) || KEEP.has(tokens[j]!.lower))
  ) {
    if (KEEP.has(tokens[j]!.lower)) kept.push(tokens[j]!);
    j++;
  }
  // A possessive name between: "11 of Mali's soldiers".
  const words: Token[] = [];
  for (; j < tokens.length && words.length < MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (!isContent(t)) break;
    // After the noun, an -ed/-ing word is its verb: "troops deployed", "rebels fighting".
    if (words.length > 0 && isVerbShape(t) && !t.cap) break;
    words.push(t);
  }
  // "60 wounded", "11 killed": a lone participle is what happened to the counted, not what is counted.
  if (words.length === 1 && isVerbShape(words[0]!) && !words[0]!.cap) return null;
  if (words.length === 0) return null;
  return build(tokens, [...kept, ...words], 'after', source);
}

/** "the death toll rose to 60", "a force numbered about 300": the nearest noun phrase before the figure. */
export function phraseBefore(tokens: readonly Token[], from: number, source: string): Concept | null {
  let j = from;
  let skipped = 0;
  while (j >= 0 && skipped < 4 && tokens[j]!.type === 'word' && (LINKS.has(tokens[j]!.lower) || tokens[j]!.stop)) {
    j--;
    skipped++;
  }
  if (skipped === 0) return null;
  const words: Token[] = [];
  for (; j >= 0 && words.length < MAX_WORDS; j--) {
    const t = tokens[j]!;
    if (!isContent(t) || (words.length === 0 && isVerbShape(t))) break;
    words.unshift(t);
  }
  // Only a noun phrase: one that a determiner opens ("the death toll rose to 60"), not a verb ("is meant to reach").
  const opener = tokens[j];
  if (words.length === 0 || !opener || !/^(the|a|an|its|their|his|her|this|that)$/.test(opener.lower)) return null;
  return build(tokens, words, 'before', source);
}

function build(tokens: readonly Token[], words: Token[], from: Concept['source'], source: string): Concept {
  const head = words[words.length - 1]!;
  return {
    text: source.slice(words[0]!.start, head.end),
    head: head.lower,
    modifiers: words.slice(0, -1).map((t) => t.lower),
    proper: words
      .slice(0, -1)
      .filter((t) => t.cap)
      .map((t) => t.lower),
    source: from,
    first: tokens.indexOf(words[0]!),
    last: tokens.indexOf(head),
  };
}
