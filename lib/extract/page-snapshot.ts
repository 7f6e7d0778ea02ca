// What the content script reads from a page, without changing it, and sends to the background: the engine's input.

/** What a page offers for recognition, read without changing the page. */
export interface PageSnapshot {
  /** The page's own address (location.href). */
  url: string;
  /** `<link rel="canonical">` href, resolved, or null. */
  canonical: string | null;
  /** `<meta property="og:url">` content, resolved, or null. */
  ogUrl: string | null;
  /** Addresses named by JSON-LD (`url`, `mainEntityOfPage`), resolved. */
  jsonLdUrls: string[];
  /** The page's article text as extracted (paragraphs separated by "\n\n"); may be empty. */
  text: string;
  /** The page's headline from its metadata (JSON-LD, og:title, its h1), or null. */
  headline: string | null;
  /** The day the page says it was published (ISO `YYYY-MM-DD`), or null. */
  published: string | null;
}

/** A snapshot of a page known by its address and the fields given, with no metadata or text beyond them. */
export function snapshotAt(url: string, fields: Partial<Omit<PageSnapshot, 'url'>> = {}): PageSnapshot {
  return { url, canonical: null, ogUrl: null, jsonLdUrls: [], text: '', headline: null, published: null, ...fields };
}

// Bounds on what is read from a page: a longer field is a broken or hostile page, not an article.
const MAX_ADDRESS = 4_096;
const MAX_ADDRESSES = 32;
const MAX_TEXT = 2_000_000;
const MAX_HEADLINE = 300;

/**
 * A snapshot as it arrived in a message, checked field by field: strings where strings belong, bounded lengths, an
 * ISO day or nothing. Null when it is not a snapshot at all.
 */
export function pageSnapshotOf(value: unknown): PageSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown, max: number): string | null => (typeof x === 'string' && x.length <= max ? x : null);
  const url = text(v.url, MAX_ADDRESS);
  if (url === null) return null;
  const published = text(v.published, 10);
  return {
    url,
    canonical: text(v.canonical, MAX_ADDRESS),
    ogUrl: text(v.ogUrl, MAX_ADDRESS),
    jsonLdUrls: Array.isArray(v.jsonLdUrls)
      ? v.jsonLdUrls.slice(0, MAX_ADDRESSES).filter((u): u is string => text(u, MAX_ADDRESS) !== null)
      : [],
    text: text(v.text, MAX_TEXT) ?? '',
    headline: text(v.headline, MAX_HEADLINE),
    published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
  };
}
