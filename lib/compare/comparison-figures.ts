// What a report of the comparison marks in its own page: its figures for the facts the reports give differently,
// with the reports whose figures cannot be true with each. Marked in the automatic style, never as a reviewed
// dispute: the grouping is the engine's.
import { compatible } from '../disputes/compatible';
import type { PageFigure } from '../event/page-figures';
import type { RuntimeStory } from '../story/runtime-types';

/**
 * This report's figures of the comparison's disputed facts, as page figures the highlighter marks automatically.
 * The figure is the report's own claim, so the engine's confidence that it belongs to the fact is the fact's (it is
 * shown only when grouped with confidence): 1 here.
 */
export function comparisonFigures(story: RuntimeStory, articleId: string): PageFigure[] {
  const out: PageFigure[] = [];
  for (const fact of story.facts) {
    if (fact.status !== 'disputed') continue;
    for (const claim of fact.claims) {
      if (claim.article !== articleId) continue;
      const others = fact.claims.filter((c) => c.article !== articleId);
      const differs = [...new Set(others.filter((c) => !compatible(c.value, claim.value)).map((c) => c.article))];
      const agrees = [...new Set(others.map((c) => c.article))].filter((a) => !differs.includes(a));
      if (differs.length === 0) continue;
      out.push({
        quote: claim.quote,
        figure: claim.figure,
        figureText: claim.figureText,
        display: claim.display,
        fact: fact.id,
        value: claim.value,
        agrees,
        differs,
        confidence: 1,
      });
    }
  }
  return out;
}
