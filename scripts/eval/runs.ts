// The two alignment evaluations: leave one outlet out over the reviewed index, and the report corpus.
import { addText, alignTextOf, emptyScores, withoutOutlet, type Pair, type Scores } from '../../lib/claims/evaluate';
import { locateQuote } from '../../lib/story/locate-quote';
import type { RuntimeStory } from '../../lib/story/runtime-types';
import type { ReportText } from './reports';
import type { Reviewed } from './reviewed';

function kindLookup(stories: readonly RuntimeStory[]): (fact: string) => string {
  const kinds = new Map(stories.flatMap((s) => s.facts.map((f) => [f.id, f.kind] as const)));
  return (fact) => kinds.get(fact) ?? 'unknown';
}

/** Each article against its story without its outlet's claims: are its reviewed claims found again? */
export function evaluateLeaveOneOut(reviewed: Reviewed): Scores {
  const scores = emptyScores();
  const kindOf = kindLookup(reviewed.stories);
  for (const story of reviewed.stories) {
    for (const article of story.articles) {
      const expected: Pair[] = [];
      for (const fact of story.facts) {
        for (const c of fact.claims) {
          if (c.article !== article.id) continue;
          const found = locateQuote(article.text, c.quote.exact, c.quote.prefix, c.quote.suffix);
          if (!found.ok) continue;
          const start = found.quote.start + c.figure.start;
          expected.push({
            fact: fact.id,
            start,
            end: start + (c.figure.end - c.figure.start),
            figure: c.figureText,
            kind: fact.kind,
          });
        }
      }
      const alignments = alignTextOf(
        article.text,
        withoutOutlet(story, article.id),
        reviewed.referenceDay.get(article.id) ?? null,
      );
      addText(scores, article.id, expected, alignments, kindOf);
    }
  }
  return scores;
}

/** The corpus: reports against their story, near misses against every story (nothing may align). */
export function evaluateReports(
  reviewed: Reviewed,
  texts: readonly ReportText[],
): { scores: Scores; texts: number; nearMisses: number } {
  const scores = emptyScores();
  const kindOf = kindLookup(reviewed.stories);
  for (const t of texts) {
    const stories = t.story ? reviewed.stories.filter((s) => s.id === t.story) : reviewed.stories;
    for (const story of stories) {
      const expected: Pair[] = t.expected.map((e) => ({
        fact: e.fact,
        start: e.start,
        end: e.end,
        figure: e.figure,
        kind: null,
      }));
      addText(scores, t.slug, expected, alignTextOf(t.text, story, t.published), kindOf);
    }
  }
  return {
    scores,
    texts: texts.filter((t) => t.kind === 'report').length,
    nearMisses: texts.filter((t) => t.kind === 'near-miss').length,
  };
}
