// Written for the event tests: an article of a small local outlet, and a story of one, as an index holds them.
import type { RuntimeArticle, RuntimeStory } from '../../../lib/story/runtime-types';

/** An article of `publisher`, at an address of its own. */
export function localArticle(
  publisher: string,
  id: string,
  headline: string,
  text: string,
  published: string,
): RuntimeArticle {
  return {
    id,
    publisher,
    wire: null,
    site: null,
    headline,
    url: `https://www.${publisher.toLowerCase().replace(/\W/g, '')}.example/${id}`,
    urls: [],
    published,
    updated: null,
    revision: null,
    language: 'en',
    text,
  };
}

/** A story of one article, dated its article's day, with no reviewed facts: what a local story's draft starts as. */
export function oneArticleStory(id: string, title: string, article: RuntimeArticle): RuntimeStory {
  const day = article.published!;
  return { id, title, summary: '', dates: { start: day, end: day }, facts: [], articles: [article] };
}
