// The questions recognition and the event lookup ask of a recognition index, answered the same way by a whole index
// in memory (load-index.ts) and by a paged index from the parts it has read (paged-index.ts).
import type { FingerprintParams } from '../fingerprint/fingerprint';
import { isRecognitionIndex, type RecognitionArticle, type RecognitionIndex } from './index-format';
import { type LoadedIndex, loadIndex, wholeLookups } from './load-index';
import { isPagedIndex, type PagedIndex } from './paged-index';

/** A recognition index of either kind: a whole file in memory, or a first file with parts read on demand. */
export type AnyRecognitionIndex = RecognitionIndex | PagedIndex;

/** What recognition reads of an index. */
export interface IndexLookups {
  readonly params: FingerprintParams;
  readonly storyCount: number;
  readonly articleCount: number;
  /** Article ordinals whose fingerprints include the hash, ascending (empty when none). */
  postingsOf(hash: number): Uint16Array | Uint32Array;
  /** Article ordinals indexed under an address key, ascending (empty when none). */
  addressOrdinals(key: string): number[];
  /** One article's row, or undefined when the ordinal is out of range. */
  articleAt(ordinal: number): RecognitionArticle | undefined;
  /** An article's number of distinct fingerprints (0 when out of range). */
  fingerprintCount(ordinal: number): number;
  /** The ordinals of an article's revision group (the article alone when it has none), ascending. */
  revisionGroupOf(ordinal: number): number[];
  /** A story's id ('' when out of range). */
  storyIdOf(storyOrdinal: number): string;
  /** Whether the index holds event terms (an index built without them finds no event matches). */
  readonly hasEventTerms: boolean;
  /** Story ordinals looked up by an event term's hash, ascending (empty when none). */
  storiesWithTerm(hash: number): Uint32Array;
  /**
   * Whether every answer so far was read from the index: false when a paged index lacked a part it needed (not read
   * yet, missing or damaged), so answers built on these lookups must not be used.
   */
  complete(): boolean;
}

/** Lookups for an index of either kind, or null when the value is no index readRecognitionIndex or openPagedIndex made. */
export function lookupsOf(index: unknown): IndexLookups | null {
  if (isRecognitionIndex(index)) return wholeLookups(loadIndex(index));
  if (isPagedIndex(index)) return index.lookups();
  return null;
}

/** Lookups over views already made of a whole index, or the lookups themselves. */
export function asLookups(source: IndexLookups | LoadedIndex): IndexLookups {
  return 'postingsOf' in source ? source : wholeLookups(source);
}
