// How the drafting tool's grouping compares with the reviewers': pairwise precision and recall of "these two
// claims report the same fact", the draft run on each story's indexed texts and scored against its facts.json.
import { locateQuote } from '../story/locate-quote';
import type { RuntimeStory } from '../story/runtime-types';
import { draftFacts } from './draft-facts';

/** Pairwise figures for the drafting tool. */
export interface DraftingScores {
  precision: number;
  recall: number;
  counts: {
    /** Pairs the draft puts in one fact, and how many of those the reviewers put in one fact too. */
    grouped: number;
    correct: number;
    /** Pairs the reviewers put in one fact, and how many the draft also grouped. */
    reviewed: number;
    found: number;
    /** Reviewed claims, and how many of them the draft holds at all. */
    claims: number;
    claimsFound: number;
  };
}

interface Located {
  key: string;
  article: string;
  start: number;
  end: number;
  fact: string;
}

/** Drafts each story from its own texts and scores the grouping against the reviewed facts. */
export function evaluateDrafting(
  stories: readonly RuntimeStory[],
  referenceDay: (article: string) => string | null = () => null,
): DraftingScores {
  const c = { grouped: 0, correct: 0, reviewed: 0, found: 0, claims: 0, claimsFound: 0 };
  for (const story of stories) {
    const reviewed: Located[] = [];
    for (const fact of story.facts) {
      for (const claim of fact.claims) {
        const article = story.articles.find((a) => a.id === claim.article);
        const at = article
          ? locateQuote(article.text, claim.quote.exact, claim.quote.prefix, claim.quote.suffix)
          : null;
        if (!at?.ok) continue;
        const start = at.quote.start + claim.figure.start;
        reviewed.push({
          key: `${claim.article}@${start}`,
          article: claim.article,
          start,
          end: start + claim.figure.end - claim.figure.start,
          fact: fact.id,
        });
      }
    }
    const draft = draftFacts(
      story.articles.map((a) => ({
        id: a.id,
        text: a.text,
        published: referenceDay(a.id) ?? a.published?.slice(0, 10) ?? null,
      })),
    );
    // Each draft claim stands for the reviewed claim whose figure it overlaps, or for nothing reviewed.
    const draftOf = new Map<string, string>();
    const truthOfDraftClaim: { draft: string; truth: string }[] = [];
    // Each reviewed claim goes to the draft claim that fits its figure best (most of the draft figure is the reviewed
    // one).
    const drafted = draft.flatMap((fact) =>
      fact.claims.map(({ article, claim }) => ({ fact: fact.id, article, claim })),
    );
    const holder = new Map<(typeof drafted)[number], Located>();
    for (const r of reviewed) {
      let best: (typeof drafted)[number] | null = null;
      let bestFit = 0;
      for (const d of drafted) {
        if (d.article !== r.article || holder.has(d)) continue;
        const overlap = Math.min(r.end, d.claim.figure.end) - Math.max(r.start, d.claim.figure.start);
        const fit = overlap / (d.claim.figure.end - d.claim.figure.start);
        if (overlap > 0 && fit > bestFit) [best, bestFit] = [d, fit];
      }
      if (best) {
        holder.set(best, r);
        draftOf.set(r.key, best.fact);
      }
    }
    for (const d of drafted) {
      const r = holder.get(d);
      truthOfDraftClaim.push({ draft: d.fact, truth: r ? r.fact : `none:${d.article}@${d.claim.figure.start}` });
    }
    c.claims += reviewed.length;
    c.claimsFound += reviewed.filter((r) => draftOf.has(r.key)).length;
    for (let i = 0; i < reviewed.length; i++) {
      for (let j = i + 1; j < reviewed.length; j++) {
        const a = reviewed[i]!;
        const b = reviewed[j]!;
        if (a.fact !== b.fact) continue;
        c.reviewed++;
        const da = draftOf.get(a.key);
        if (da !== undefined && da === draftOf.get(b.key)) c.found++;
      }
    }
    for (let i = 0; i < truthOfDraftClaim.length; i++) {
      for (let j = i + 1; j < truthOfDraftClaim.length; j++) {
        const a = truthOfDraftClaim[i]!;
        const b = truthOfDraftClaim[j]!;
        if (a.draft !== b.draft) continue;
        c.grouped++;
        if (a.truth === b.truth) c.correct++;
      }
    }
  }
  return {
    precision: c.grouped === 0 ? 1 : round(c.correct / c.grouped),
    recall: c.reviewed === 0 ? 1 : round(c.found / c.reviewed),
    counts: c,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
