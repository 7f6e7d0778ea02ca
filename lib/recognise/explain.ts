// Why a page was or was not recognised: the nearest candidate articles with their text evidence, the
// threshold that decided each, how the revision was told, and the rule that gave the answer. For
// `npm run detect -- PAGE.html --explain` and for measuring margins.
import type { AnyRecognitionIndex } from './index-lookups';
import { isPagedIndex } from './paged-index';
import { decide, judgeText, TEXT_THRESHOLDS, type TextThreshold } from './recognise';
import type { Match } from './types';
import type { PageSnapshot } from '../extract/page-snapshot';

/** One candidate article and how its text evidence measured against the thresholds. */
export interface CandidateExplanation {
  story: string;
  article: string;
  revision: number | null;
  containment: number;
  coverage: number;
  matchedWords: number;
  blocks: number;
  /** Whether the page's text alone is this article. */
  passes: boolean;
  /** The threshold(s) that decided: the first one failed, or the one that admitted it. */
  decidedBy: TextThreshold[];
  /** Whether one of the page's addresses names this article. */
  byAddress: boolean;
}

/** A recognition decision with the evidence behind it. */
export interface RecognitionExplanation {
  page: { words: number; blocks: number; fingerprints: number; proseFingerprints: number };
  /** Nearest first: passing ones, then by matched words and containment. */
  candidates: CandidateExplanation[];
  /** Articles named by the page's addresses. */
  byAddress: string[];
  /** How the revision was told, when the answer belongs to a revision group. */
  revision: { decided: boolean; ownFingerprints: { article: string; count: number }[] } | null;
  /** The rule that gave the answer ('none' when the page is not recognised). */
  route: string;
  match: Match | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Explains recognise(page, index): the same decision, with its evidence (up to `limit` candidates). */
export function explainRecognition(page: PageSnapshot, index: AnyRecognitionIndex, limit = 5): RecognitionExplanation {
  const decision = decide(page, index);
  if (!decision) return unread(index);
  const { loaded, text } = decision;
  const nameOf = (ordinal: number) => loaded.articleAt(ordinal)?.[1] ?? `#${ordinal}`;
  const candidates = [...text.articles.values()].map((e): CandidateExplanation => {
    const article = loaded.articleAt(e.ordinal);
    const verdict = judgeText(e);
    return {
      story: article ? loaded.storyIdOf(article[0]) : '',
      article: nameOf(e.ordinal),
      revision: article?.[3] ?? null,
      containment: round(e.containment),
      coverage: round(e.coverage),
      matchedWords: e.matchedWords,
      blocks: e.blocks,
      passes: verdict.passes,
      decidedBy: verdict.decidedBy,
      byAddress: decision.byAddress.includes(e.ordinal),
    };
  });
  candidates.sort(
    (a, b) => Number(b.passes) - Number(a.passes) || b.matchedWords - a.matchedWords || b.containment - a.containment,
  );
  const explanation: RecognitionExplanation = {
    page: {
      words: text.pageWords,
      blocks: text.pageBlocks,
      fingerprints: text.pageFingerprints,
      proseFingerprints: text.proseFingerprints,
    },
    candidates: candidates.slice(0, limit),
    byAddress: decision.byAddress.map(nameOf),
    revision: decision.revision && {
      decided: decision.revision.decided,
      ownFingerprints: decision.revision.distinctive.map(({ ordinal, count }) => ({ article: nameOf(ordinal), count })),
    },
    route: decision.route,
    match: decision.match,
  };
  // Names of candidates a paged index had not read yet: the explanation waits for them (when-ready.ts).
  return decision.loaded.complete() ? explanation : unread(index);
}

function unread(index: AnyRecognitionIndex): RecognitionExplanation {
  return {
    page: { words: 0, blocks: 0, fingerprints: 0, proseFingerprints: 0 },
    candidates: [],
    byAddress: [],
    revision: null,
    route: isPagedIndex(index) ? 'none (parts of the index could not be read)' : 'none (not a recognition index)',
    match: null,
  };
}

const RULES: Record<
  TextThreshold,
  { label: string; value: (c: CandidateExplanation) => number; pass: string; fail: string }
> = {
  minMatchedWords: { label: 'matched words', value: (c) => c.matchedWords, pass: '≥', fail: '<' },
  minBlocks: { label: 'blocks', value: (c) => c.blocks, pass: '≥', fail: '<' },
  minContainment: { label: 'containment', value: (c) => c.containment, pass: '≥', fail: '<' },
  minCoverage: { label: 'coverage', value: (c) => c.coverage, pass: '≥', fail: '<' },
};

/** "containment 0.92 ≥ 0.6": how one threshold measured for a candidate. */
export function describeThreshold(c: CandidateExplanation, name: TextThreshold): string {
  const rule = RULES[name];
  return `${rule.label} ${rule.value(c)} ${c.passes ? rule.pass : rule.fail} ${TEXT_THRESHOLDS[name]} (${name})`;
}

/** The explanation as lines of text for a terminal. */
export function formatExplanation(x: RecognitionExplanation): string {
  const lines = [
    `page: ${x.page.words} words in ${x.page.blocks} blocks, ${x.page.fingerprints} fingerprints (${x.page.proseFingerprints} in prose blocks)`,
    `addresses name: ${x.byAddress.length ? x.byAddress.join(', ') : 'no indexed article'}`,
    x.candidates.length
      ? 'nearest candidates:'
      : 'nearest candidates: none (no fingerprint in common with any indexed article)',
  ];
  for (const c of x.candidates) {
    const why = c.decidedBy.map((t) => describeThreshold(c, t)).join(' and ');
    lines.push(
      `  ${c.story}/${c.article}${c.revision === null ? '' : ` (revision ${c.revision})`}${c.byAddress ? ' [address]' : ''}: ` +
        `containment ${c.containment}, coverage ${c.coverage}, matched words ${c.matchedWords}, blocks ${c.blocks}`,
      `    ${c.passes ? 'passes' : 'fails'}: ${why}`,
    );
  }
  if (x.revision) {
    const own = x.revision.ownFingerprints.map((r) => `${r.article} ${r.count}`).join(', ');
    lines.push(
      `revision: ${x.revision.decided ? 'told by text' : 'unknown (nothing on the page tells the revisions apart)'}; own fingerprints on the page: ${own}`,
    );
  }
  const m = x.match;
  lines.push(
    m
      ? `decision: ${x.route} → ${m.story}/${m.article}${m.revision !== null ? `, revision ${m.revision}` : x.revision ? ', revision unknown' : ''}, score ${m.score}`
      : `decision: not recognised${x.candidates[0] ? ` (nearest: ${x.candidates[0].article})` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
