// The catalog: a short entry per story (bundled or from a pack) for lists a reader browses (the options page,
// a welcome page), without loading any story's facts. The build writes the bundled stories' catalog.json; a
// pack's entries are kept with the installed pack.
import { ARCHIVE_HOSTS } from '../permissions/host-patterns';
import { unwrapArchive } from '../address/normalise-address';
import type { RuntimeArticle, RuntimeStory } from './runtime-types';

/** Format of catalog.json. */
export const CATALOG_FORMAT = 1;

/** Where a story comes from: the index bundled in the extension, or an installed story pack. */
export type CatalogSource = { kind: 'bundled' } | { kind: 'pack'; pack: string };

/** One article of a story as lists show it: who published it, when, and where to read it. */
export interface CatalogArticle
  extends Pick<RuntimeArticle, 'id' | 'publisher' | 'wire' | 'site' | 'headline' | 'url' | 'urls'> {
  /** ISO day or date-time of publication, or null when unknown (absent in entries written before it was added). */
  published?: string | null;
  /** Revision of one article at one address, or null (absent in entries written before it was added). */
  revision?: { group: string; number: number } | null;
  /** A web archive's copy of this text among its known addresses, or null (absent in older entries). */
  archive?: string | null;
}

/** One story as lists show it. */
export interface CatalogEntry {
  id: string;
  title: string;
  summary: string;
  dates: { start: string; end: string };
  articles: CatalogArticle[];
  /** Number of facts, and of those disputed. */
  facts: number;
  disputed: number;
  source: CatalogSource;
  /** Set on the reader's own comparison, which Parallax's engine made and no one reviewed (absent: reviewed). */
  automatic?: true;
}

/** The file catalog.json: every bundled story's entry, in story order. */
export interface Catalog {
  format: 1;
  stories: CatalogEntry[];
}

const ARCHIVES: ReadonlySet<string> = new Set([...ARCHIVE_HOSTS, 'wayback.archive.org']);

/** The first of an article's addresses that is a web archive's copy of it (a wrapper naming the original address). */
export function archivedCopy(urls: readonly string[]): string | null {
  for (const url of urls) {
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
      const inner = unwrapArchive(url);
      if (ARCHIVES.has(host) && inner && inner.hostname.toLowerCase().replace(/^www\./, '') !== host) return url;
    } catch {
      // Not an address at all: never a link.
    }
  }
  return null;
}

function catalogArticle(a: RuntimeArticle): CatalogArticle {
  return {
    id: a.id,
    publisher: a.publisher,
    wire: a.wire,
    site: a.site,
    headline: a.headline,
    url: a.url,
    urls: [...a.urls],
    published: a.published,
    revision: a.revision ? { ...a.revision } : null,
    archive: archivedCopy(a.urls),
  };
}

/** A story's catalog entry. */
export function catalogEntry(story: RuntimeStory, source: CatalogSource): CatalogEntry {
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    dates: { start: story.dates.start, end: story.dates.end },
    articles: story.articles.map(catalogArticle),
    facts: story.facts.length,
    disputed: story.facts.filter((f) => f.status === 'disputed').length,
    source,
    ...(story.automatic ? { automatic: true as const } : {}),
  };
}
