// Text evidence for recognition: which indexed articles hold the page's fingerprints, and how much of the
// page's text (in words, in paragraphs) each one accounts for.
import { fingerprintText } from '../fingerprint/fingerprint';
import { asLookups, type IndexLookups } from './index-lookups';
import type { LoadedIndex } from './load-index';

/** How one indexed article relates to the page's text. */
export interface ArticleEvidence {
  ordinal: number;
  /** Distinct page fingerprints found in the article. */
  matched: number;
  /**
   * Share of the page's fingerprints in prose blocks (SHORT_BLOCK_WORDS or more) found in the article: how
   * much of the page's prose is this article. Bylines, dates, credits and button lines neither add nor dilute.
   */
  containment: number;
  /** matched / the article's fingerprints: how much of the article the page shows (worked out when first read). */
  readonly coverage: number;
  /** Words of the page covered by matched text (estimated from fingerprint positions). */
  matchedWords: number;
  /** Page paragraphs holding at least two matched fingerprints. */
  blocks: number;
  /** The matched hashes, for telling revisions apart. */
  hashes: Set<number>;
}

/** The page's fingerprints and every article sharing any of them. */
export interface TextEvidence {
  /** Distinct fingerprints of the whole page. */
  pageFingerprints: number;
  /** Distinct fingerprints starting in the page's prose blocks: the denominator of containment. */
  proseFingerprints: number;
  pageWords: number;
  /** Blocks (paragraphs) of the page that hold any word. */
  pageBlocks: number;
  articles: Map<number, ArticleEvidence>;
}

/**
 * Blocks shorter than this are page furniture (a byline, a date, a credit, "Subscribe now", "Story
 * highlights"): too short to hold a shared run of k + w - 1 = 12 words, they say nothing about which text
 * the page carries, so they count for no article and against none.
 */
export const SHORT_BLOCK_WORDS = 8;

// Words a set of matched k-gram starts covers: a gap no wider than the window lies inside one shared run
// (winnowing picks at least one k-gram per window), a wider gap ends the run after its last k-gram.
function coveredWords(positions: number[], k: number, w: number): number {
  positions.sort((a, b) => a - b);
  let words = 0;
  for (let i = 0; i < positions.length; i++) {
    const gap = i + 1 < positions.length ? (positions[i + 1] as number) - (positions[i] as number) : Infinity;
    words += gap <= w ? gap : k;
  }
  return words;
}

// A fingerprint shared by this many articles is a stock phrase ("said in a statement"), not evidence of any
// one article; skipping it bounds the work per lookup however large the index grows.
const MAX_POSTINGS = 200;

// Recognising a page against several indexes, or again after reading parts of a paged index, fingerprints the same
// text each time: the last text's fingerprints are kept.
let last: { text: string; k: number; w: number; page: ReturnType<typeof fingerprintText> } | null = null;

function fingerprintsOf(text: string, k: number, w: number): ReturnType<typeof fingerprintText> {
  if (last?.text !== text || last.k !== k || last.w !== w) last = { text, k, w, page: fingerprintText(text, { k, w }) };
  return last.page;
}

/** Looks the page's text up in the index. */
export function gatherTextEvidence(text: string, index: IndexLookups | LoadedIndex): TextEvidence {
  const lookups = asLookups(index);
  const { k, w } = lookups.params;
  const page = fingerprintsOf(text, k, w);
  const positionsByHash = new Map<number, number[]>();
  for (const f of page.fingerprints) {
    const list = positionsByHash.get(f.hash);
    if (list) list.push(f.pos);
    else positionsByHash.set(f.hash, [f.pos]);
  }
  const perArticle = new Map<number, { hashes: Set<number>; positions: number[] }>();
  for (const [hash, positions] of positionsByHash) {
    const postings = lookups.postingsOf(hash);
    if (postings.length > MAX_POSTINGS) continue;
    for (const ordinal of postings) {
      let entry = perArticle.get(ordinal);
      if (!entry) {
        entry = { hashes: new Set(), positions: [] };
        perArticle.set(ordinal, entry);
      }
      entry.hashes.add(hash);
      entry.positions.push(...positions);
    }
  }
  const blockWords = new Map<number, number>();
  for (const block of page.blockOfWord) blockWords.set(block, (blockWords.get(block) ?? 0) + 1);
  // A k-gram is prose when every word of it is: one reaching into a byline or a button line is furniture too.
  const proseWord = (i: number) => (blockWords.get(page.blockOfWord[i] as number) ?? 0) >= SHORT_BLOCK_WORDS;
  const proseKgram = (pos: number) => {
    for (let i = pos; i < Math.min(pos + k, page.words); i++) if (!proseWord(i)) return false;
    return true;
  };
  const inProse = (positions: number[]) => positions.some(proseKgram);
  let proseFingerprints = 0;
  for (const positions of positionsByHash.values()) if (inProse(positions)) proseFingerprints++;
  const articles = new Map<number, ArticleEvidence>();
  for (const [ordinal, entry] of perArticle) {
    let matchedProse = 0;
    for (const hash of entry.hashes) if (inProse(positionsByHash.get(hash) ?? [])) matchedProse++;
    const perBlock = new Map<number, number>();
    for (const pos of entry.positions) {
      const block = page.blockOfWord[pos] as number;
      perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
    }
    // Coverage needs the article's fingerprint count, from the article table: asked for only when the words, blocks
    // and containment leave the decision to it (or an explanation shows it), so a paged index reads the articles of
    // a page's few real candidates, not of every article sharing a stock phrase with it.
    let coverage: number | null = null;
    articles.set(ordinal, {
      ordinal,
      matched: entry.hashes.size,
      containment: proseFingerprints === 0 ? 0 : matchedProse / proseFingerprints,
      get coverage() {
        if (coverage === null) {
          const articleFingerprints = lookups.fingerprintCount(ordinal);
          coverage = articleFingerprints === 0 ? 0 : entry.hashes.size / articleFingerprints;
        }
        return coverage;
      },
      matchedWords: coveredWords(entry.positions, k, w),
      blocks: [...perBlock.values()].filter((n) => n >= 2).length,
      hashes: entry.hashes,
    });
  }
  return {
    pageFingerprints: positionsByHash.size,
    proseFingerprints,
    pageWords: page.words,
    pageBlocks: blockWords.size,
    articles,
  };
}
