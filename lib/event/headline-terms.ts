// A headline's words as event lookup terms: a report's headline says what happened in words its story's headlines
// share ("hunting accident", "alley", "toddler"), beside the names both use. Kept apart from names by a prefix, so a
// headline's word meets only a headline's word. Names are not left out: a headline in title case capitalises every
// word, so nothing in it tells a name from a word.
import { furnitureSpans } from '../claims/furniture';
import { stem, tokenise } from '../claims/tokens';
import { namesOutlet, siteWords } from './names';

/** The prefix that keeps headline words apart from names among a story's lookup terms. */
export const HEADLINE_TERM = 'h:';
/** Most headline words a story puts in the index. */
export const MAX_HEADLINE_TERMS = 24;

// What parts a headline: a dash, a bar or a double colon between spaces.
const PARTS = /\s+(?:[-|\u2013\u2014]|::)\s+/g;
// An outlet's line of what it covers ("Louisville News, Weather & Sports").
const COVERAGE = /\bnews\b.*\b(?:weather|sports?|traffic)\b|\b(?:weather|sports?)\b.*\bnews\b/i;

/**
 * Where the outlet's name that pages put after a headline begins ("Man shot - WSMV Channel 4", "… | Toledo News Now,
 * News, Weather and Sports", "… - WMC Action News 5 - Memphis, Tennessee"): at the part after the first that names
 * the page's site or says what an outlet covers; the headline's length when no part does. Every headline of an outlet
 * shares those words, whatever happened.
 */
export function ownHeadlineEnd(headline: string, url: string | null | undefined): number {
  const breaks = [...headline.matchAll(PARTS)];
  if (breaks.length === 0) return headline.length;
  const site = siteWords(url);
  for (const [i, at] of breaks.entries()) {
    const part = headline.slice(at.index + at[0].length, breaks[i + 1]?.index ?? headline.length);
    if (COVERAGE.test(part) || namesOutlet(part.toLowerCase(), site)) return at.index;
  }
  return headline.length;
}

/**
 * The outlet's name after a headline as a span of a text that opens with the headline (none when it has none): its
 * names and figures are the outlet's, not the event's, like the rest of a page's furniture.
 */
export function outletSpans(headline: string | null | undefined, url: string | null | undefined): [number, number][] {
  if (!headline) return [];
  const end = ownHeadlineEnd(headline, url);
  return end < headline.length ? [[end, headline.length]] : [];
}

/**
 * The furniture of a text that opens with its headline (a page's, a story's article), for its names and figures: a
 * gallery's, stamps and rights lines (lib/claims/furniture.ts), and the outlet's name after the headline.
 */
export function headedFurniture(
  text: string,
  headline: string | null | undefined,
  url: string | null | undefined,
): [number, number][] {
  return [...furnitureSpans(text), ...outletSpans(headline, url)];
}

/** A headline without the outlet's name after it (ownHeadlineEnd). */
export function ownHeadline(headline: string, url: string | null | undefined): string {
  return headline.slice(0, ownHeadlineEnd(headline, url));
}

/**
 * A headline's words (the outlet's name after it left out), stemmed and prefixed, each once; function words, numbers
 * and short words left out.
 */
export function headlineTerms(headline: string | null | undefined, url?: string | null): string[] {
  if (!headline) return [];
  const terms = new Set<string>();
  for (const t of tokenise(ownHeadline(headline, url))) {
    if (t.type !== 'word' || t.stop || !/^\p{L}{3,}$/u.test(t.lower)) continue;
    terms.add(`${HEADLINE_TERM}${stem(t.lower)}`);
  }
  return [...terms];
}

/** The headline words a story is looked up by: those of its articles' headlines, the first `max`. */
export function storyHeadlineTerms(
  articles: readonly { headline: string | null; url?: string | null }[],
  max = MAX_HEADLINE_TERMS,
): string[] {
  const terms = new Set(articles.flatMap((a) => headlineTerms(a.headline, a.url)));
  return [...terms].slice(0, max);
}
