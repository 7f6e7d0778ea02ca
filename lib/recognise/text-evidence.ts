// Text evidence for recognition: which indexed articles hold the page's fingerprints, and how much of the
// page's text (in words, in paragraphs) each one accounts for.
import { fingerprintText } from '../fingerprint/fingerprint';
import { type LoadedIndex, postingsOf } from './load-index';

/** How one indexed article relates to the page's text. */
export interface ArticleEvidence {
  ordinal: number;
  /** Distinct page fingerprints found in the article. */
  matched: number;
  /** matched / the page's distinct fingerprints: how much of the page is this article. */
  containment: number;
  /** matched / the article's fingerprints: how much of the article the page shows. */
  coverage: number;
  /** Words of the page covered by matched text (estimated from fingerprint positions). */
  matchedWords: number;
  /** Page paragraphs holding at least two matched fingerprints. */
  blocks: number;
  /** The matched hashes, for telling revisions apart. */
  hashes: Set<number>;
}

/** The page's fingerprints and every article sharing any of them. */
export interface TextEvidence {
  pageFingerprints: number;
  pageWords: number;
  articles: Map<number, ArticleEvidence>;
}

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

/** Looks the page's text up in the index. */
export function gatherTextEvidence(text: string, loaded: LoadedIndex): TextEvidence {
  const { k, w } = loaded.source.params;
  const page = fingerprintText(text, { k, w });
  const positionsByHash = new Map<number, number[]>();
  for (const f of page.fingerprints) {
    const list = positionsByHash.get(f.hash);
    if (list) list.push(f.pos);
    else positionsByHash.set(f.hash, [f.pos]);
  }
  const perArticle = new Map<number, { hashes: Set<number>; positions: number[] }>();
  for (const [hash, positions] of positionsByHash) {
    const postings = postingsOf(loaded, hash);
    if (postings.length > MAX_POSTINGS) continue;
    for (const ordinal of postings) {
      let entry = perArticle.get(ordinal);
      if (!entry) perArticle.set(ordinal, (entry = { hashes: new Set(), positions: [] }));
      entry.hashes.add(hash);
      entry.positions.push(...positions);
    }
  }
  const pageFingerprints = positionsByHash.size;
  const articles = new Map<number, ArticleEvidence>();
  for (const [ordinal, entry] of perArticle) {
    const perBlock = new Map<number, number>();
    for (const pos of entry.positions) {
      const block = page.blockOfWord[pos] as number;
      perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
    }
    const articleFingerprints = loaded.fingerprintCounts[ordinal] ?? 0;
    articles.set(ordinal, {
      ordinal,
      matched: entry.hashes.size,
      containment: entry.hashes.size / pageFingerprints,
      coverage: articleFingerprints === 0 ? 0 : entry.hashes.size / articleFingerprints,
      matchedWords: coveredWords(entry.positions, k, w),
      blocks: [...perBlock.values()].filter((n) => n >= 2).length,
      hashes: entry.hashes,
    });
  }
  return { pageFingerprints, pageWords: page.words, articles };
}
