// A headline's words as event lookup terms: a report's headline says what happened in words its story's headlines
// share ("hunting accident", "alley", "toddler"), beside the names both use. Kept apart from names by a prefix, so a
// headline's word meets only a headline's word. Names are not left out: a headline in title case capitalises every
// word, so nothing in it tells a name from a word.
import { stem, tokenise } from '../claims/tokens';

/** The prefix that keeps headline words apart from names among a story's lookup terms. */
export const HEADLINE_TERM = 'h:';
/** Most headline words a story puts in the index. */
export const MAX_HEADLINE_TERMS = 24;

/** A headline's words, stemmed and prefixed, each once; function words, numbers and short words left out. */
export function headlineTerms(headline: string | null | undefined): string[] {
  if (!headline) return [];
  const terms = new Set<string>();
  for (const t of tokenise(headline)) {
    if (t.type !== 'word' || t.stop || !/^\p{L}{3,}$/u.test(t.lower)) continue;
    terms.add(`${HEADLINE_TERM}${stem(t.lower)}`);
  }
  return [...terms];
}

/** The headline words a story is looked up by: those of its articles' headlines, the first `max`. */
export function storyHeadlineTerms(headlines: readonly (string | null)[], max = MAX_HEADLINE_TERMS): string[] {
  const terms = new Set(headlines.flatMap((h) => headlineTerms(h)));
  return [...terms].slice(0, max);
}
