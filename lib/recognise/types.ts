// What the recogniser answers: an indexed article, how sure and how it was found. Shared by the background, the
// content script, `npm run detect` and the tests.

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
