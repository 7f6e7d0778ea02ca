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
  /** The page's headline from its metadata (JSON-LD, og:title, its h1), when it gives one. */
  headline?: string | null;
  /** The day the page says it was published (ISO `YYYY-MM-DD`), when it says. */
  published?: string | null;
}
