// The catalog: a short entry per story (bundled or from a pack) for lists a reader browses (the options page,
// a welcome page), without loading any story's facts. The build writes the bundled stories' catalog.json; a
// pack's entries are kept with the installed pack.
import type { RuntimeStory } from './runtime-types';

/** Format of catalog.json. */
export const CATALOG_FORMAT = 1;

/** Where a story comes from: the index bundled in the extension, or an installed story pack. */
export type CatalogSource = { kind: 'bundled' } | { kind: 'pack'; pack: string };

/** One story as lists show it. */
export interface CatalogEntry {
  id: string;
  title: string;
  summary: string;
  dates: { start: string; end: string };
  articles: { id: string; publisher: string; wire: string | null; site: string | null; headline: string; url: string | null; urls: string[] }[];
  /** Number of facts, and of those disputed. */
  facts: number;
  disputed: number;
  source: CatalogSource;
}

/** The file catalog.json: every bundled story's entry, in story order. */
export interface Catalog {
  format: 1;
  stories: CatalogEntry[];
}

/** A story's catalog entry. */
export function catalogEntry(story: RuntimeStory, source: CatalogSource): CatalogEntry {
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    dates: { start: story.dates.start, end: story.dates.end },
    articles: story.articles.map((a) => ({
      id: a.id, publisher: a.publisher, wire: a.wire, site: a.site, headline: a.headline, url: a.url, urls: [...a.urls],
    })),
    facts: story.facts.length,
    disputed: story.facts.filter((f) => f.status === 'disputed').length,
    source,
  };
}
