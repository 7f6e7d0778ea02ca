// Decides whether a page is one of the indexed articles, by its addresses and by its text, and which
// revision it shows when several revisions share one address.
import type { Match, PageSnapshot } from './types';
import { isRecognitionIndex, type RecognitionIndex } from './index-format';
import { addressOrdinals, articleAt, type LoadedIndex, loadIndex, revisionGroupOf, storyIdOf } from './load-index';
import { addressKey } from './normalise-address';
import { type ArticleEvidence, gatherTextEvidence, type TextEvidence } from './text-evidence';

/**
 * When text alone identifies an article. Chosen with margin from the figures measured on the test copies,
 * quotes and other texts (lib/recognise/README.md lists them): teasers and copies are accepted, a quoted
 * paragraph, two paragraphs quoted in commentary, other outlets and other Mali stories are not.
 */
export const TEXT_THRESHOLDS = {
  /** Words of the page covered by matched text (the shortest teaser measured: 43; other outlets: 5). */
  minMatchedWords: 30,
  /** Matched text must span this many of the page's paragraphs: one quoted paragraph is not the article. */
  minBlocks: 2,
  /** Share of the page's fingerprints found in the article (teasers, trims: >= 0.90; quotes: <= 0.47) ... */
  minContainment: 0.6,
  /** ... or share of the article's fingerprints on the page (full copies: >= 0.79; quotes: <= 0.18). */
  minCoverage: 0.5,
} as const;

/** Scores for answers that do not rest on text alone. */
const SCORES = { addressAndText: 0.98, address: 0.9, addressRevisionByText: 0.85, addressLatestRevision: 0.6 };

function passes(e: ArticleEvidence): boolean {
  const t = TEXT_THRESHOLDS;
  return (
    e.matchedWords >= t.minMatchedWords &&
    e.blocks >= t.minBlocks &&
    (e.containment >= t.minContainment || e.coverage >= t.minCoverage)
  );
}

// How much of the page is the article, plus how much of the article the page shows: a teaser that is all
// article still scores below a full copy.
function textScore(e: ArticleEvidence): number {
  return Math.min(0.97, 0.5 + 0.3 * Math.max(e.containment, e.coverage) + 0.2 * e.coverage);
}

function better(a: ArticleEvidence, b: ArticleEvidence): boolean {
  return a.matchedWords !== b.matchedWords ? a.matchedWords > b.matchedWords : a.containment > b.containment;
}

/**
 * Within a revision group, the member whose own fingerprints (those its siblings lack) the page holds most;
 * `decided` is false when nothing tells them apart, and then the latest revision is chosen.
 */
function pickRevision(loaded: LoadedIndex, members: number[], text: TextEvidence): { ordinal: number; decided: boolean } {
  const distinctive = members.map((ordinal) => {
    const own = text.articles.get(ordinal)?.hashes ?? new Set<number>();
    let count = 0;
    for (const hash of own) {
      if (!members.every((other) => other === ordinal || text.articles.get(other)?.hashes.has(hash))) count++;
    }
    return { ordinal, count, number: articleAt(loaded, ordinal)?.[3] ?? 0 };
  });
  distinctive.sort((a, b) => b.count - a.count || b.number - a.number);
  const [first, second] = distinctive;
  if (!first) return { ordinal: members[0] ?? 0, decided: false };
  const decided = first.count > 0 && (second === undefined || first.count > second.count);
  if (decided) return { ordinal: first.ordinal, decided };
  const latest = [...distinctive].sort((a, b) => b.number - a.number)[0] ?? first;
  return { ordinal: latest.ordinal, decided };
}

function membersOf(loaded: LoadedIndex, ordinal: number): number[] {
  return revisionGroupOf(loaded, ordinal);
}

function toMatch(loaded: LoadedIndex, ordinal: number, score: number, method: Match['method']): Match {
  const article = articleAt(loaded, ordinal);
  if (!article) throw new Error(`recognition index has no article ${ordinal}`);
  return {
    story: storyIdOf(loaded, article[0]),
    article: article[1],
    revision: article[3],
    score: Math.round(score * 1000) / 1000,
    method,
  };
}

/** Article ordinals named by any of the page's addresses. */
function addressCandidates(page: PageSnapshot, loaded: LoadedIndex): number[] {
  const found = new Set<number>();
  for (const url of [page.url, page.canonical, page.ogUrl, ...page.jsonLdUrls]) {
    const key = url ? addressKey(url) : null;
    for (const ordinal of key ? addressOrdinals(loaded, key) : []) found.add(ordinal);
  }
  return [...found].sort((a, b) => a - b);
}

/** Decides whether a page is one of the indexed articles: which story, article, revision, how sure. */
export function recognise(page: PageSnapshot, index: RecognitionIndex): Match | null {
  // Only an index readRecognitionIndex has checked is read: anything else recognises nothing rather than throwing.
  if (!isRecognitionIndex(index)) return null;
  const loaded = loadIndex(index);
  const byAddress = addressCandidates(page, loaded);
  const text = gatherTextEvidence(page.text, loaded);
  let best: ArticleEvidence | null = null;
  for (const evidence of text.articles.values()) {
    if (passes(evidence) && (!best || better(evidence, best))) best = evidence;
  }

  if (byAddress.length > 0) {
    if (best && byAddress.includes(best.ordinal)) {
      const { ordinal } = pickRevision(loaded, membersOf(loaded, best.ordinal), text);
      return toMatch(loaded, ordinal, SCORES.addressAndText, 'address+text');
    }
    // The address decides the article; text, however little, may still tell its revisions apart.
    const first = byAddress[0] as number;
    const members = membersOf(loaded, first).filter((o) => byAddress.includes(o));
    if (members.length < 2) return toMatch(loaded, first, SCORES.address, 'address');
    const { ordinal, decided } = pickRevision(loaded, members, text);
    const score = decided ? SCORES.addressRevisionByText : SCORES.addressLatestRevision;
    return toMatch(loaded, ordinal, score, 'address');
  }

  if (!best) return null;
  const members = membersOf(loaded, best.ordinal);
  if (members.length < 2) return toMatch(loaded, best.ordinal, textScore(best), 'text');
  const { ordinal, decided } = pickRevision(loaded, members, text);
  const chosen = text.articles.get(ordinal) ?? best;
  return toMatch(loaded, ordinal, textScore(chosen) * (decided ? 1 : 0.8), 'text');
}
