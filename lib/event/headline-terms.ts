// A headline's words as event lookup terms: a report's headline says what happened in words its story's headlines
// share ("hunting accident", "alley", "toddler"), beside the names both use. Kept apart from names by a prefix, so a
// headline's word meets only a headline's word. Names are not left out: a headline in title case capitalises every
// word, so nothing in it tells a name from a word.
import { stem, tokenise } from '../claims/tokens';
import { namesOutlet, siteWords } from './names';

/** The prefix that keeps headline words apart from names among a story's lookup terms. */
export const HEADLINE_TERM = 'h:';
/** Most headline words a story puts in the index. */
export const MAX_HEADLINE_TERMS = 24;

// A headline's parts: what a dash, a bar or a double colon between spaces parts.
const PART = /\s+(?:[-|\u2013\u2014]|::)\s+/;
// An outlet's line of what it covers ("Louisville News, Weather & Sports").
const COVERAGE = /\bnews\b.*\b(?:weather|sports?|traffic)\b|\b(?:weather|sports?)\b.*\bnews\b/i;

/**
 * A headline without the outlet's name that pages put after it ("Man shot - WSMV Channel 4", "… | Toledo News Now,
 * News, Weather and Sports", "… - WMC Action News 5 - Memphis, Tennessee"): from the first part after the first that
 * names the page's site or says what an outlet covers. Every headline of an outlet shares those words, whatever
 * happened.
 */
export function ownHeadline(headline: string, url: string | null | undefined): string {
  const parts = headline.split(PART);
  if (parts.length === 1) return headline;
  const site = siteWords(url);
  const outlet = parts.findIndex((p, i) => i > 0 && (COVERAGE.test(p) || namesOutlet(p.toLowerCase(), site)));
  return outlet < 0 ? headline : parts.slice(0, outlet).join(' - ');
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
