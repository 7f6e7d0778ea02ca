// The binary recognition index: one file of sections (lib/binary/sectioned-file.ts) holding sorted fingerprint
// hashes, postings, address keys and the article table as typed arrays, read as views with no parse step.
// lib/recognise/README.md describes every section.
import type { SectionedFile } from '../binary/sectioned-file';
import type { FingerprintParams } from '../fingerprint/fingerprint';

/** Magic tag at the start of the file. */
export const INDEX_MAGIC = 'PXRI';
/** Format version written, and the versions this code reads. */
export const INDEX_FORMAT = 1;
export const READABLE_FORMATS = [1] as const;

/** Section tags. A reader ignores tags it does not know, so sections can be added within format 1. */
export const SECTION = {
  /** u32 × 7: k, w, stories, articles, distinct hashes, postings, bucket bits (see bucketBitsFor). */
  info: 'INFO',
  /** String table: story ids by story ordinal. */
  storyIds: 'STID',
  /** u32 × (stories + 1): each story's first article ordinal (articles are stored story by story). */
  storyArticles: 'STAR',
  /** String table: article ids by article ordinal. */
  articleIds: 'ARID',
  /** u32 per article: its story ordinal. */
  articleStory: 'ARST',
  /** u32 per article: its number of distinct fingerprints. */
  articleFingerprints: 'ARFP',
  /** u32 per article: revision group within its story (1-based, 0 = none) << 16 | revision number (0 = none). */
  articleRevision: 'ARRV',
  /** u32 per address key: FNV-1a hash of the key, ascending (ties by key). */
  addressHashes: 'ADHS',
  /** String table: the address keys, in the order of their hashes. */
  addressKeys: 'ADKY',
  /** u32 × (keys + 1): where each key's article ordinals start in ADOR. */
  addressOffsets: 'ADOF',
  /** u32: article ordinals of each address key, ascending within a key. */
  addressOrdinals: 'ADOR',
  /** u32 × (2^bits + 1): for each bucket (a hash's top `bits` bits), where its hashes start in FPLO. */
  hashBuckets: 'FPBK',
  /** Per distinct hash, ascending: its low 16 bits as u16 when there are 16 bucket bits, else the whole hash as u32. */
  hashLows: 'FPLO',
  /** u32 × (2^bits + 1): for each bucket, where its postings start in POST. */
  postingBuckets: 'POBK',
  /** u16 (under 65,536 articles) or u32 per posting: article ordinals, hash by hash, ascending within a hash. */
  postings: 'POST',
  /** One bit per posting, least significant first: set when the next posting belongs to the same hash. */
  postingMore: 'POMR',
  /**
   * Optional (an index without them finds no event matches). u32 per event term: FNV-1a hash of a word of a story's
   * shared names (lib/event/terms.ts), ascending, distinct.
   */
  eventTermHashes: 'EVHS',
  /** u32 × (terms + 1): where each term's story ordinals start in EVST. */
  eventTermOffsets: 'EVOF',
  /** u32: story ordinals of each term, ascending within a term. */
  eventTermStories: 'EVST',
} as const;

/**
 * Bucket bits for an index of `hashCount` distinct hashes: 16 (65,536 buckets, hashes stored as their low 16 bits)
 * once the 2 bytes saved per hash outweigh the two 256 KB bucket tables; fewer for small indexes and packs, about
 * 16 to 32 hashes per bucket, hashes stored whole.
 */
export function bucketBitsFor(hashCount: number): number {
  if (hashCount >= 0x10000 * 8) return 16;
  return Math.max(0, Math.min(15, Math.floor(Math.log2(Math.max(1, hashCount) / 16))));
}

/**
 * One indexed article: [story ordinal, article id, revision group (1-based within its story) or null, revision number
 * or null, fingerprint count].
 */
export type RecognitionArticle = [number, string, number | null, number | null, number];

/** A recognition index file read and checked (see readRecognitionIndex); its lookups live in load-index.ts. */
export interface RecognitionIndex {
  readonly format: 1;
  readonly params: FingerprintParams;
  readonly storyCount: number;
  readonly articleCount: number;
  readonly hashCount: number;
  readonly postingCount: number;
  /** Top bits of a hash that choose its bucket (0–16). */
  readonly bucketBits: number;
  /** The file's sections, views of its bytes. */
  readonly file: SectionedFile;
}

const read = new WeakSet<object>();

/** Records an index as checked by readRecognitionIndex (only that function calls this). */
export function markChecked(index: RecognitionIndex): RecognitionIndex {
  read.add(index);
  return index;
}

/** Whether a value is a recognition index that readRecognitionIndex has read and checked. */
export function isRecognitionIndex(value: unknown): value is RecognitionIndex {
  return typeof value === 'object' && value !== null && read.has(value);
}
