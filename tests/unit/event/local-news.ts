// Written for the event tests: an article of a small local outlet, as an index holds it.
import type { RuntimeArticle } from '../../../lib/story/runtime-types';

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
