// The asynchronous door to recognition for an index of either kind: a paged index first reads the parts a page needs
// (paged-index.ts), a whole index answers at once. The synchronous functions (recognise, explainRecognition, the event
// lookup) then give exactly the answers a whole index gives.
import type { PageSnapshot } from '../extract/page-snapshot';
import { explainRecognition, type RecognitionExplanation } from './explain';
import type { AnyRecognitionIndex } from './index-lookups';
import { isPagedIndex } from './paged-index';
import { recognise } from './recognise';
import type { Match } from './types';

/**
 * Runs `run` (synchronous lookups on `index`: recognise, explainRecognition, eventCandidates) once every part of a
 * paged index it needs has been read, and returns its answer; with a whole index, runs it at once.
 */
export async function whenReady<T>(index: AnyRecognitionIndex, run: () => T): Promise<T> {
  return isPagedIndex(index) ? index.ready(run) : run();
}

/** recognise(page, index), after reading the parts of a paged index the page needs. */
export function recogniseWhenReady(page: PageSnapshot, index: AnyRecognitionIndex): Promise<Match | null> {
  return whenReady(index, () => recognise(page, index));
}

/** explainRecognition(page, index, limit), after reading the parts of a paged index it needs. */
export function explainWhenReady(
  page: PageSnapshot,
  index: AnyRecognitionIndex,
  limit = 5,
): Promise<RecognitionExplanation> {
  return whenReady(index, () => explainRecognition(page, index, limit));
}
