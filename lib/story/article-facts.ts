// Views of a story from one article's side: which facts it reports, and which of those are disputed.
import type { RuntimeFact, RuntimeStory } from './runtime-types';

/** Facts the article reports (it has at least one claim in them). */
export function factsOf(story: RuntimeStory, articleId: string | null): RuntimeFact[] {
  return story.facts.filter((fact) => fact.claims.some((claim) => claim.article === articleId));
}

/** Facts the article reports that outlets report differently. */
export function disputedFactsOf(story: RuntimeStory, articleId: string | null): RuntimeFact[] {
  return factsOf(story, articleId).filter((fact) => fact.status === 'disputed');
}
