// A page read once for event recognition: its headline and text, the day it was published (its metadata, or what its
// own text says: a stamp line, a dateline), its sentences and claims, and the names it uses. Every candidate story
// is weighed against this one reading.
import { extractClaims, type ReadSentence, readSentences } from '../claims/extract-claims';
import type { Claim } from '../claims/types';
import { articleShaped } from './article-shape';
import { siteWords, type TextName, textNames } from './names';
import { headedFurniture, headlineTerms } from './headline-terms';
import { textDate } from './page-date';

/** What event recognition reads from a page. */
export interface EventPage {
  /** The article text, paragraphs separated by blank lines. */
  text: string;
  headline: string | null;
  /** ISO day (or date-time) from the page's metadata, or null. */
  published: string | null;
  /** The page's address: names of its outlet (its site's words) are not the event's. */
  url?: string | null;
}

/** A page read once. */
export interface PageText {
  /** The headline, a blank line, then the article text (cut at MAX_EVENT_TEXT): what the claims' offsets point into. */
  text: string;
  /** The article text alone, as cut. */
  body: string;
  headline: string | null;
  /**
   * The day relative dates are read from: the metadata's, else one the text states with its year (a stamp line, a
   * dateline), else null.
   */
  published: string | null;
  /** For an undated page, a dateline's month and day without a year ("PARIS, Feb 6 -"), or null. */
  monthDay: { month: number; day: number } | null;
  /** The text's sentences, read once. */
  sentences: ReadSentence[];
  /**
   * Every claim of the text, read from those sentences the first time it is asked for: a page no story is a
   * candidate for never pays for its figures.
   */
  claims(): Claim[];
  /**
   * Whether the text reads as an article rather than a list of items (lib/event/article-shape.ts), worked out the
   * first time a story asks: a pass over its paragraphs, made once however many stories the page is read against.
   */
  articleShaped(): boolean;
  /** Every name the page uses (its outlet's own lines left out), each also by its last word ("le drian", "drian"). */
  names: Map<string, TextName>;
  /** The headline's words as lookup terms (lib/event/headline-terms.ts). */
  headlineTerms: string[];
}

/**
 * Longest text read: an article is rarely a fifth of this; a longer page (a liveblog's whole day, a hostile page)
 * is read to the paragraph before it, so one page never costs more than a long article.
 */
export const MAX_EVENT_TEXT = 40_000;

/** The page's text cut at the last paragraph break before MAX_EVENT_TEXT. */
export function eventText(text: string): string {
  if (text.length <= MAX_EVENT_TEXT) return text;
  const cut = text.lastIndexOf('\n\n', MAX_EVENT_TEXT);
  return text.slice(0, cut > 0 ? cut : MAX_EVENT_TEXT);
}

/** Reads a page once: its text, date, sentences, claims and names. */
export function readPageText(page: EventPage): PageText {
  const body = eventText(page.text);
  const text = page.headline ? `${page.headline}\n\n${body}` : body;
  const day = page.published?.slice(0, 10) ?? null;
  const stated = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
  const own = stated ? null : textDate(body);
  const published = stated ?? own?.day ?? null;
  // Sentences and furniture (a gallery's, the outlet's name after the headline) are found once, for the names and for
  // the claims.
  const sentences = readSentences(text);
  const furniture = headedFurniture(text, page.headline, page.url);
  const names = textNames(text, sentences, siteWords(page.url), furniture);
  const claims = once(() =>
    extractClaims(text, { published, bodyStart: text.length - body.length, furniture }, sentences),
  );
  const shaped = once(() => articleShaped(body));
  const monthDay = published ? null : (own?.monthDay ?? null);
  const words = headlineTerms(page.headline, page.url);
  return {
    text,
    body,
    headline: page.headline,
    published,
    monthDay,
    sentences,
    claims,
    articleShaped: shaped,
    names,
    headlineTerms: words,
  };
}

// A reading of the page made the first time it is asked for, then kept: most pages never need it.
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
