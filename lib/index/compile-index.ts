// Turns checked stories into the runtime index: statuses computed by the dispute logic (then any reasoned
// override), display strings, facts in display order (lib/story/fact-order.ts), and deterministic JSON.
import type { IndexableStory } from '../recognise/build-recognition-index';
import type { RuntimeArticle, RuntimeClaim, RuntimeFact, RuntimeStory } from '../story/runtime-types';
import type { CheckedArticle, CheckedFact, CheckedStory, DataError } from './data-types';
import { assessFact } from '../disputes/assess-fact';
import { formatValue } from '../quantity/format-value';
import { orderFacts } from '../story/fact-order';

/** Encodes the recognition index file from the runtime stories (lib/recognise owns its format). */
export type RecognitionEncoder = (stories: IndexableStory[]) => Uint8Array;

/** The runtime stories, or the errors found while computing statuses (an override that changes nothing). */
export function compileStories(stories: readonly CheckedStory[]): { stories: RuntimeStory[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const compiled = stories.map((story) => {
    const byId = new Map(story.articles.map((a) => [a.id, a]));
    const facts = story.facts.map((fact) => compileFact(fact, byId, `${story.dir}/facts.json`, errors));
    return {
      id: story.id,
      title: story.title,
      summary: story.summary,
      dates: { start: story.dates.start, end: story.dates.end },
      articles: story.articles.map(runtimeArticle),
      // The order for a reader of none of the articles; each page reorders by what it reports.
      facts: orderFacts(facts),
    };
  });
  return { stories: compiled, errors };
}

/** The outlet a claim belongs to for the dispute logic: revisions of one article are one outlet. */
export function outletOf(article: CheckedArticle): string {
  return article.revision ? `revision-group:${article.revision.group}` : `article:${article.id}`;
}

function compileFact(
  fact: CheckedFact,
  articles: Map<string, CheckedArticle>,
  file: string,
  errors: DataError[],
): RuntimeFact {
  const assessed = assessFact(
    fact.kind,
    fact.claims.map((c) => {
      const article = articles.get(c.article)!;
      return {
        article: c.article,
        outlet: outletOf(article),
        revision: article.revision?.number ?? null,
        value: c.value,
      };
    }),
  );
  if (fact.override && fact.override.status === assessed.status) {
    errors.push({
      file,
      item: `fact "${fact.id}" override`,
      reason: `the override repeats the computed status "${assessed.status}"; remove it`,
    });
  }
  const claims: RuntimeClaim[] = fact.claims.map((c) => ({
    article: c.article,
    quote: { exact: c.quote.exact, prefix: c.quote.prefix, suffix: c.quote.suffix },
    figure: { start: c.figure.start, end: c.figure.end },
    figureText: c.figureText,
    value: c.value,
    display: formatValue(c.value),
    attribution: c.attribution,
    hedges: [...c.hedges],
  }));
  return {
    id: fact.id,
    label: fact.label,
    kind: fact.kind,
    status: fact.override?.status ?? assessed.status,
    computedStatus: assessed.status,
    override: fact.override ? { status: fact.override.status, reason: fact.override.reason } : null,
    // Only a reviewer's weight is carried: a fact weighed by its kind stays as it was in the index.
    ...(fact.weight !== null ? { weight: fact.weight } : {}),
    flags: {
      changedBetweenRevisions: [...assessed.flags.changedBetweenRevisions],
      selfContradictions: [...assessed.flags.selfContradictions],
    },
    claims,
  };
}

/** An article's runtime form; a headline the source did not record stays null, never made up. */
export function runtimeArticle(a: CheckedArticle): RuntimeArticle {
  return {
    id: a.id,
    publisher: a.publisher,
    wire: a.wire,
    site: a.site,
    headline: a.headline,
    url: a.url,
    urls: [...a.urls],
    published: a.published,
    updated: a.updated,
    revision: a.revision ? { group: a.revision.group, number: a.revision.number } : null,
    language: a.language,
    text: a.text,
  };
}
