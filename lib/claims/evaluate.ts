// Scoring the engine against reviewed answers: (fact, figure) pairs matched by fact and overlapping figure span,
// precision and recall overall and per kind, and the lists of misses and wrong alignments `npm run eval` prints.
import type { RuntimeStory } from '../story/runtime-types';
import { alignClaims } from './align-claims';
import { extractClaims } from './extract-claims';
import type { Alignment } from './types';

/** A (fact, figure) pair: the fact, or null for "reports no fact", and where the figure is in the text. */
export interface Pair {
  fact: string | null;
  start: number;
  end: number;
  /** The figure's words, for the lists. */
  figure: string;
  /** The fact's kind (for per-kind figures); null for "no fact". */
  kind: string | null;
}

/** Counts behind precision and recall. */
export interface Tally {
  /** Alignments the engine made, and how many were right. */
  predicted: number;
  correct: number;
  /** Reviewed pairs with a fact, and how many the engine found. */
  expected: number;
  found: number;
}

/** One wrong or missed pair, with the engine's reason. */
export interface Mistake {
  text: string;
  figure: string;
  expected: string | null;
  got: string | null;
  reason: string;
}

/** A whole evaluation's result. */
export interface Scores {
  total: Tally;
  byKind: Record<string, Tally>;
  wrong: Mistake[];
  missed: Mistake[];
}

/** An empty result to add texts to. */
export function emptyScores(): Scores {
  return { total: tally(), byKind: {}, wrong: [], missed: [] };
}

function tally(): Tally {
  return { predicted: 0, correct: 0, expected: 0, found: 0 };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Adds one text's predictions against its reviewed pairs (only those with a fact count as expected). */
export function addText(
  scores: Scores,
  name: string,
  expected: readonly Pair[],
  alignments: readonly Alignment[],
  kindOf: (fact: string) => string,
): void {
  const byKind = (kind: string) => (scores.byKind[kind] ??= tally());
  const wanted = expected.filter((p) => p.fact !== null);
  const matched = new Set<Pair>();
  for (const a of alignments) {
    if (!a.fact) continue;
    const kind = kindOf(a.fact);
    scores.total.predicted++;
    byKind(kind).predicted++;
    const hit = wanted.find((p) => p.fact === a.fact && overlaps(p, a.claim.figure));
    if (hit) {
      scores.total.correct++;
      byKind(kind).correct++;
      matched.add(hit);
    } else {
      const truth = expected.find((p) => overlaps(p, a.claim.figure));
      scores.wrong.push({
        text: name,
        figure: a.claim.figure.text,
        expected: truth?.fact ?? null,
        got: a.fact,
        reason: a.reason,
      });
    }
  }
  for (const p of wanted) {
    const kind = p.kind ?? kindOf(p.fact!);
    scores.total.expected++;
    byKind(kind).expected++;
    if (matched.has(p)) {
      scores.total.found++;
      byKind(kind).found++;
      continue;
    }
    const near = alignments.find((a) => overlaps(p, a.claim.figure) && a.claim.readings.some((r) => r.kind === kind));
    scores.missed.push({
      text: name,
      figure: p.figure,
      expected: p.fact,
      got: near?.fact ?? null,
      reason: near
        ? `${near.reason}${near.candidate ? ` [best ${near.candidate.fact} ${near.candidate.score}, margin ${near.candidate.margin}]` : ''}`
        : 'no claim extracted at this figure',
    });
  }
}

/** Precision and recall of a tally (1 when there is nothing to measure). */
export function rates(t: Tally): { precision: number; recall: number } {
  return {
    precision: t.predicted === 0 ? 1 : round(t.correct / t.predicted),
    recall: t.expected === 0 ? 1 : round(t.found / t.expected),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Runs extraction and alignment on one text against a story (every figure on its own, no story-level gate). */
export function alignTextOf(text: string, story: RuntimeStory, published: string | null): Alignment[] {
  return alignClaims(extractClaims(text, { published }), story, { published });
}

/**
 * The story without one outlet's claims (an article and its revisions): what the engine would know if that
 * outlet had never been reviewed. Facts left with no claim keep their label.
 */
export function withoutOutlet(story: RuntimeStory, articleId: string): RuntimeStory {
  const article = story.articles.find((a) => a.id === articleId);
  const group = article?.revision?.group;
  const out = new Set(
    story.articles.filter((a) => a.id === articleId || (group && a.revision?.group === group)).map((a) => a.id),
  );
  return {
    ...story,
    articles: story.articles.filter((a) => !out.has(a.id)),
    facts: story.facts.map((f) => ({ ...f, claims: f.claims.filter((c) => !out.has(c.article)) })),
  };
}
