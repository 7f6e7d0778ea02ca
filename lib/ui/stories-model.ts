// What the lists of stories show (the welcome page, the options page): each story's dates, disputed facts, source,
// and each article with where to read it, from catalog entries read defensively (a damaged entry is left out).
import type { CatalogArticle, CatalogEntry, CatalogSource } from '../story/catalog';
import { formatDate, formatDateRange } from './sidebar-model';

/** A link a list may show: only web addresses, named by their site. */
export interface SiteLink {
  href: string;
  /** The site without "www.", e.g. "cnn.com". */
  site: string;
}

/** One article as the list shows it. */
export interface ArticleListing {
  id: string;
  /** "CNN, revision 2" or "AFP". */
  outlet: string;
  /** Null when the index has none: the list then says nothing rather than make one up. */
  headline: string | null;
  /** "6 February 2013", or null when the index does not know it. */
  date: string | null;
  /** "AFP wire report" and where it was published, when the text is a wire's. */
  wireNote: string | null;
  /** The publisher's address. */
  read: SiteLink | null;
  /** A web archive's copy, where the index has one. */
  archive: SiteLink | null;
  /** The later revision now served at the same address ("revision 2"), or null. */
  replacedBy: string | null;
}

/** One story as the list shows it. */
export interface StoryListing {
  id: string;
  title: string;
  summary: string;
  dates: string;
  facts: number;
  disputed: number;
  /** "3 of 12 facts disputed". */
  disputedText: string;
  source: CatalogSource;
  articles: ArticleListing[];
  /** The reader's own comparison, kept: made by Parallax's engine, never reviewed. */
  automatic: boolean;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const orNull = (v: unknown): string | null => (isString(v) ? v : null);

/** A web address to link to, or null for anything else (a pack's data never becomes a `javascript:` link). */
export function siteLink(url: unknown): SiteLink | null {
  if (!isString(url)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return { href: parsed.href, site: parsed.hostname.toLowerCase().replace(/^www\./, '') };
  } catch {
    return null;
  }
}

function readArticle(value: unknown): CatalogArticle | null {
  if (!isRecord(value) || !isString(value.id) || !isString(value.publisher)) return null;
  const revision =
    isRecord(value.revision) && isString(value.revision.group) && isCount(value.revision.number)
      ? { group: value.revision.group, number: value.revision.number }
      : null;
  return {
    id: value.id,
    publisher: value.publisher,
    wire: orNull(value.wire),
    site: orNull(value.site),
    headline: isString(value.headline) ? value.headline : null,
    url: orNull(value.url),
    urls: Array.isArray(value.urls) ? value.urls.filter(isString) : [],
    published: orNull(value.published),
    revision,
    archive: orNull(value.archive),
  };
}

/**
 * A catalog entry from stored or fetched data, or null when it is too damaged to list. `source` replaces what the
 * entry says of itself (the caller knows where it read it). Fields added to the catalog later may be missing.
 */
export function readCatalogEntry(value: unknown, source: CatalogSource): CatalogEntry | null {
  if (!isRecord(value) || !isString(value.id) || !isString(value.title)) return null;
  const dates =
    isRecord(value.dates) && isString(value.dates.start) && isString(value.dates.end)
      ? { start: value.dates.start, end: value.dates.end }
      : null;
  if (!dates || !Array.isArray(value.articles)) return null;
  const articles = value.articles.map(readArticle);
  if (articles.some((a) => a === null)) return null;
  return {
    id: value.id,
    title: value.title,
    summary: isString(value.summary) ? value.summary : '',
    dates,
    articles: articles as CatalogArticle[],
    facts: isCount(value.facts) ? value.facts : 0,
    disputed: isCount(value.disputed) ? value.disputed : 0,
    source,
    ...(value.automatic === true ? { automatic: true as const } : {}),
  };
}

/** The entries of a catalog.json (`{ format, stories }`), leaving out any that cannot be listed. */
export function readCatalog(value: unknown): CatalogEntry[] {
  if (!isRecord(value) || !Array.isArray(value.stories)) return [];
  return value.stories
    .map((s) => readCatalogEntry(s, { kind: 'bundled' }))
    .filter((s): s is CatalogEntry => s !== null);
}

function wireNote(a: CatalogArticle): string | null {
  if (!a.wire) return null;
  if (a.site === 'unknown') return `${a.wire} wire report; the publishing site is unknown`;
  if (a.site) return `${a.wire} wire report published by ${a.site}`;
  return `${a.wire} wire report`;
}

/** The later revision of `a` that a shared address now serves, as "revision N", or null. */
function replacedBy(a: CatalogArticle, all: readonly CatalogArticle[]): string | null {
  if (!a.revision || !a.url) return null;
  let latest = a.revision.number;
  for (const other of all) {
    if (other.revision?.group === a.revision.group && other.url === a.url)
      latest = Math.max(latest, other.revision.number);
  }
  return latest > a.revision.number ? `revision ${latest}` : null;
}

/** "3 of 12 facts disputed", "no fact disputed (4 facts)". */
export function disputedText(disputed: number, facts: number): string {
  const of = `${facts} fact${facts === 1 ? '' : 's'}`;
  if (disputed === 0) return `No fact disputed (${of})`;
  return `${disputed} of ${of} disputed`;
}

/** A story as the list shows it. */
export function storyListing(entry: CatalogEntry): StoryListing {
  return {
    id: entry.id,
    title: entry.title,
    summary: entry.summary,
    dates: formatDateRange(entry.dates.start, entry.dates.end),
    facts: entry.facts,
    disputed: entry.disputed,
    disputedText: disputedText(entry.disputed, entry.facts),
    source: entry.source,
    automatic: entry.automatic === true,
    articles: entry.articles.map((a) => ({
      id: a.id,
      outlet: a.revision ? `${a.publisher}, revision ${a.revision.number}` : a.publisher,
      headline: a.headline,
      date: formatDate(a.published ?? null),
      wireNote: wireNote(a),
      read: siteLink(a.url),
      archive: siteLink(a.archive ?? null),
      replacedBy: replacedBy(a, entry.articles),
    })),
  };
}
