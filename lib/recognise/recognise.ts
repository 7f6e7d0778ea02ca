// Decides whether a page is one of the indexed articles, by its addresses and by its text, and which
// revision it shows when several revisions share one address.
import type { Match } from './types';
import type { PageSnapshot } from '../extract/page-snapshot';
import { type AnyRecognitionIndex, type IndexLookups, lookupsOf } from './index-lookups';
import { addressKey } from '../address/normalise-address';
import { type ArticleEvidence, gatherTextEvidence, type TextEvidence } from './text-evidence';

/**
 * When text alone identifies an article. Chosen with margin from the figures measured on the test copies,
 * quotes and other texts (lib/recognise/README.md lists them): teasers and copies are accepted, a quoted
 * paragraph, two paragraphs quoted in commentary, other outlets and other Mali stories are not.
 */
export const TEXT_THRESHOLDS = {
  /** Words of the page covered by matched text (the shortest teaser measured: 43; other outlets: 5). */
  minMatchedWords: 24,
  /** Matched text must span this many of the page's paragraphs: one quoted paragraph is not the article. */
  minBlocks: 2,
  /** Share of the page's fingerprints found in the article (teasers, trims: >= 0.90; quotes: <= 0.47) ... */
  minContainment: 0.6,
  /** ... or share of the article's fingerprints on the page (full copies: >= 0.79; quotes: <= 0.18). */
  minCoverage: 0.5,
} as const;

/** Scores for answers that do not rest on text alone. */
const SCORES = { addressAndText: 0.98, address: 0.9, addressRevisionByText: 0.85, addressLatestRevision: 0.6 };

/** A threshold of TEXT_THRESHOLDS, by name. */
export type TextThreshold = keyof typeof TEXT_THRESHOLDS;

/** Whether a candidate's text evidence passes, and the thresholds that decided it. */
export interface TextVerdict {
  passes: boolean;
  /** The first threshold failed, or the one that admitted the page (both share thresholds when neither did). */
  decidedBy: TextThreshold[];
}

/** Judges one candidate article's text evidence against TEXT_THRESHOLDS. */
export function judgeText(
  e: Pick<ArticleEvidence, 'matchedWords' | 'blocks' | 'containment' | 'coverage'>,
): TextVerdict {
  const t = TEXT_THRESHOLDS;
  if (e.matchedWords < t.minMatchedWords) return { passes: false, decidedBy: ['minMatchedWords'] };
  if (e.blocks < t.minBlocks) return { passes: false, decidedBy: ['minBlocks'] };
  if (e.containment >= t.minContainment) return { passes: true, decidedBy: ['minContainment'] };
  if (e.coverage >= t.minCoverage) return { passes: true, decidedBy: ['minCoverage'] };
  return { passes: false, decidedBy: ['minContainment', 'minCoverage'] };
}

// How much of the page is the article, plus how much of the article the page shows: a teaser that is all
// article still scores below a full copy.
function textScore(e: ArticleEvidence): number {
  return Math.min(0.97, 0.5 + 0.3 * Math.max(e.containment, e.coverage) + 0.2 * e.coverage);
}

function better(a: ArticleEvidence, b: ArticleEvidence): boolean {
  return a.matchedWords !== b.matchedWords ? a.matchedWords > b.matchedWords : a.containment > b.containment;
}

/** How the revision within a group was chosen: each member's own fingerprints found on the page. */
export interface RevisionChoice {
  ordinal: number;
  /** False when nothing on the page tells the revisions apart: the latest is named, its number left unknown. */
  decided: boolean;
  distinctive: { ordinal: number; count: number }[];
}

/**
 * Within a revision group, the member whose own fingerprints (those its siblings lack) the page holds most;
 * when nothing tells them apart, the latest revision (the one a shared address serves now), undecided.
 */
function pickRevision(loaded: IndexLookups, members: number[], text: TextEvidence): RevisionChoice {
  const distinctive = members.map((ordinal) => {
    const own = text.articles.get(ordinal)?.hashes ?? new Set<number>();
    let count = 0;
    for (const hash of own) {
      if (!members.every((other) => other === ordinal || text.articles.get(other)?.hashes.has(hash))) count++;
    }
    return { ordinal, count, number: loaded.articleAt(ordinal)?.[3] ?? 0 };
  });
  distinctive.sort((a, b) => b.count - a.count || b.number - a.number);
  const [first, second] = distinctive;
  const counts = distinctive.map(({ ordinal, count }) => ({ ordinal, count }));
  if (!first) return { ordinal: members[0] ?? 0, decided: false, distinctive: counts };
  const decided = first.count > 0 && (second === undefined || first.count > second.count);
  if (decided) return { ordinal: first.ordinal, decided, distinctive: counts };
  const latest = [...distinctive].sort((a, b) => b.number - a.number)[0] ?? first;
  return { ordinal: latest.ordinal, decided, distinctive: counts };
}

function membersOf(loaded: IndexLookups, ordinal: number): number[] {
  return loaded.revisionGroupOf(ordinal);
}

// An undecided revision is answered as the latest with its number null: "this article, revision unknown".
function toMatch(
  loaded: IndexLookups,
  ordinal: number,
  score: number,
  method: Match['method'],
  revisionKnown = true,
): Match {
  const article = loaded.articleAt(ordinal);
  if (!article) throw new Error(`recognition index has no article ${ordinal}`);
  return {
    story: loaded.storyIdOf(article[0]),
    article: article[1],
    revision: revisionKnown ? article[3] : null,
    score: Math.round(score * 1000) / 1000,
    method,
  };
}

/** Article ordinals named by any of the page's addresses. */
function addressCandidates(page: PageSnapshot, loaded: IndexLookups): number[] {
  const found = new Set<number>();
  for (const url of [page.url, page.canonical, page.ogUrl, ...page.jsonLdUrls]) {
    const key = url ? addressKey(url) : null;
    for (const ordinal of key ? loaded.addressOrdinals(key) : []) found.add(ordinal);
  }
  return [...found].sort((a, b) => a - b);
}

/** Everything a decision rests on, for recognise() and for explaining it. */
export interface Decision {
  loaded: IndexLookups;
  byAddress: number[];
  text: TextEvidence;
  /** The article whose text passes best, or null. */
  best: ArticleEvidence | null;
  /** How the revision was told, when the answer belongs to a revision group. */
  revision: RevisionChoice | null;
  match: Match | null;
  /** Which rule gave the answer. */
  route:
    | 'address+text'
    | 'address'
    | 'address, revision by text'
    | 'address, latest revision'
    | 'text'
    | 'text, revision unknown'
    | 'none';
}

/**
 * Decides, keeping the evidence; null when the index is not a recognition index, or when a paged index lacked a part
 * the decision needed (see whenReady in when-ready.ts).
 */
export function decide(page: PageSnapshot, index: AnyRecognitionIndex): Decision | null {
  // Only an index readRecognitionIndex or openPagedIndex has checked is read: anything else recognises nothing.
  const loaded = lookupsOf(index);
  if (!loaded) return null;
  const decision = decideWith(page, loaded);
  return loaded.complete() ? decision : null;
}

function decideWith(page: PageSnapshot, loaded: IndexLookups): Decision {
  const byAddress = addressCandidates(page, loaded);
  const text = gatherTextEvidence(page.text, loaded);
  let best: ArticleEvidence | null = null;
  for (const evidence of text.articles.values()) {
    if (judgeText(evidence).passes && (!best || better(evidence, best))) best = evidence;
  }
  const base = { loaded, byAddress, text, best };

  if (byAddress.length > 0) {
    if (best && byAddress.includes(best.ordinal)) {
      const members = membersOf(loaded, best.ordinal);
      const revision = members.length > 1 ? pickRevision(loaded, members, text) : null;
      const match = toMatch(
        loaded,
        revision?.ordinal ?? best.ordinal,
        SCORES.addressAndText,
        'address+text',
        revision?.decided ?? true,
      );
      return { ...base, revision, match, route: 'address+text' };
    }
    // The address decides the article; text, however little, may still tell its revisions apart.
    const first = byAddress[0] as number;
    const members = membersOf(loaded, first).filter((o) => byAddress.includes(o));
    if (members.length < 2)
      return { ...base, revision: null, match: toMatch(loaded, first, SCORES.address, 'address'), route: 'address' };
    const revision = pickRevision(loaded, members, text);
    const score = revision.decided ? SCORES.addressRevisionByText : SCORES.addressLatestRevision;
    const match = toMatch(loaded, revision.ordinal, score, 'address', revision.decided);
    return {
      ...base,
      revision,
      match,
      route: revision.decided ? 'address, revision by text' : 'address, latest revision',
    };
  }

  if (!best) return { ...base, revision: null, match: null, route: 'none' };
  const members = membersOf(loaded, best.ordinal);
  if (members.length < 2)
    return { ...base, revision: null, match: toMatch(loaded, best.ordinal, textScore(best), 'text'), route: 'text' };
  const revision = pickRevision(loaded, members, text);
  const chosen = text.articles.get(revision.ordinal) ?? best;
  const match = toMatch(
    loaded,
    revision.ordinal,
    textScore(chosen) * (revision.decided ? 1 : 0.8),
    'text',
    revision.decided,
  );
  return { ...base, revision, match, route: revision.decided ? 'text' : 'text, revision unknown' };
}

/**
 * Decides whether a page is one of the indexed articles: which story, article, revision, how sure. When the
 * page cannot tell an article's revisions apart, the latest is named with `revision: null`.
 */
export function recognise(page: PageSnapshot, index: AnyRecognitionIndex): Match | null {
  return decide(page, index)?.match ?? null;
}
