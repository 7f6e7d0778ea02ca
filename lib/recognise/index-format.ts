// The serialised recognition index stored in RuntimeIndex.recognition: compact, JSON-only, deterministic.
import type { FingerprintParams } from '../fingerprint/fingerprint';

/** One indexed article: [story ordinal, article id, revision group or null, revision number or null, fingerprint count]. */
export type RecognitionArticle = [number, string, string | null, number | null, number];

/** Recognition data for every indexed article. */
export interface RecognitionIndex {
  format: 1;
  params: FingerprintParams;
  /** Story ids; articles point here by ordinal. */
  stories: string[];
  articles: RecognitionArticle[];
  /** Address key (see addressKey) → article ordinals, ascending. */
  addresses: Record<string, number[]>;
  /** Distinct fingerprint hashes, ascending, each stored as its difference from the previous one. */
  hashes: number[];
  /** Article ordinals of each hash's postings in hash order, ascending within a hash. */
  postings: number[];
  /**
   * Postings counts other than 1, as pairs [gap in hashes since the previous pair's hash, count];
   * every hash not named here has exactly one posting.
   */
  counts: number[];
}

/** Whether a value has the shape of a recognition index this code can read. */
export function isRecognitionIndex(value: unknown): value is RecognitionIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<RecognitionIndex>;
  return (
    v.format === 1 &&
    typeof v.params?.k === 'number' &&
    typeof v.params.w === 'number' &&
    Array.isArray(v.stories) &&
    Array.isArray(v.articles) &&
    typeof v.addresses === 'object' &&
    v.addresses !== null &&
    Array.isArray(v.hashes) &&
    Array.isArray(v.postings) &&
    Array.isArray(v.counts)
  );
}
