// Which stories of a recognition index a page may report, from the words it names: a story is a candidate when the
// page names enough of the words its articles share. Only candidates are aligned (lib/event/recognise-event.ts).
import { hashWord } from '../fingerprint/hash';
import { type AnyRecognitionIndex, lookupsOf } from '../recognise/index-lookups';
import { MIN_PAGE_TERMS, pageTerms } from './terms';

/** A story a page may report, with how many of its words the page names. */
export interface EventCandidate {
  story: string;
  terms: number;
}

/** Most stories one page is aligned against: the alignment costs tens of milliseconds each. */
export const MAX_CANDIDATES = 3;

/**
 * The page's candidate stories in one index, most words named first (ties: index order), at most `max`. A paged index
 * answers only from parts it has read (whenReady in lib/recognise/when-ready.ts reads them): none when it lacks one.
 */
export function eventCandidates(index: AnyRecognitionIndex, text: string, max = MAX_CANDIDATES): EventCandidate[] {
  const lookups = lookupsOf(index);
  if (!lookups?.hasEventTerms || text === '') return [];
  const counts = new Map<number, number>();
  for (const term of pageTerms(text)) {
    for (const ordinal of lookups.storiesWithTerm(hashWord(term))) counts.set(ordinal, (counts.get(ordinal) ?? 0) + 1);
  }
  const found = [...counts]
    .filter(([, n]) => n >= MIN_PAGE_TERMS)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, max)
    .map(([ordinal, terms]) => ({ story: lookups.storyIdOf(ordinal), terms }))
    .filter((c) => c.story !== '');
  return lookups.complete() ? found : [];
}
