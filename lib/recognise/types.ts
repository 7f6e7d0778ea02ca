// What the recogniser reads from a page and what it answers: shared by the content script, the background,
// `npm run detect` and the tests.

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

/** How a match was made. */
export type MatchMethod = 'address' | 'text' | 'address+text';

/** A recognised article: which story, which article (and revision), how sure. */
export interface Match {
  story: string;
  article: string;
  /**
   * Revision number within the article's revision group; null when it has none, or when the page cannot
   * tell the group's revisions apart ("this article, revision unknown": `article` is then the latest).
   */
  revision: number | null;
  /** Confidence in [0, 1]. */
  score: number;
  method: MatchMethod;
}
