// A page read once for event recognition: its headline and text, the day it was published (its metadata, or a wire
// dateline that names its year), its sentences and claims, and the names it uses. Every candidate story is weighed
// against this one reading.
import { findDateline } from '../claims/extract-claims';
import { readText, type TextReading } from '../claims/read-text';
import { readDate } from '../quantity/parse-date';
import { siteWords, type TextName, textNames } from './names';

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
  /** The day relative dates are read from: the metadata's, else a dateline's with its year, else null. */
  published: string | null;
  reading: TextReading;
  /** Every name the page uses (its outlet's own lines left out), each also by its last word ("le drian", "drian"). */
  names: Map<string, TextName>;
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
  const published = (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null) ?? datelineDay(body);
  const reading = readText(text, { published, bodyStart: text.length - body.length });
  const names = textNames(text, reading.sentences, siteWords(page.url));
  return { text, body, headline: page.headline, published, reading, names };
}

// A wire dateline that names its year ("PARIS, Feb 6, 2013 (Wire) -") dates an undated page; one without a year
// says nothing of which year, and an undated page gets no credit for its date.
function datelineDay(text: string): string | null {
  const line = findDateline(text);
  const year = line ? /\d{4}/.exec(line.day)?.[0] : undefined;
  return line && year ? (readDate(line.day, `${year}-12-31`)?.lo ?? null) : null;
}
