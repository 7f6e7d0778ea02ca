// Lookups in a recognition index: typed-array views of the file's sections, made once per index with no decoding,
// and the few functions the recogniser asks them (postings of a hash, articles of an address, revision groups).
import type { Section } from '../binary/sectioned-file';
import { checkStringTable, readStringTable, type StringTable } from '../binary/string-table';
import { hashWord } from '../fingerprint/hash';
import { type RecognitionArticle, type RecognitionIndex, SECTION } from './index-format';
import type { IndexLookups } from './index-lookups';
import { type BucketTables, EMPTY, lowerBound, postingsInBuckets, rowOf } from './table-lookups';

/** The recognition index ready for lookups: views of its sections. */
export interface LoadedIndex extends BucketTables {
  source: RecognitionIndex;
  storyIds: StringTable;
  articleIds: StringTable;
  storyArticles: Uint32Array;
  articleStory: Uint32Array;
  fingerprintCounts: Uint32Array;
  articleRevisions: Uint32Array;
  addressHashes: Uint32Array;
  addressKeys: StringTable;
  addressOffsets: Uint32Array;
  addressOrdinals: Uint32Array;
  hashBuckets: Uint32Array;
  /** Low 16 bits (16 bucket bits) or whole hashes (fewer), ascending within each bucket. */
  hashLows: Uint16Array | Uint32Array;
  postingBuckets: Uint32Array;
  postings: Uint16Array | Uint32Array;
  postingMore: Uint8Array;
  /** Event terms (hashes ascending), their offsets and story ordinals; empty in an index built without them. */
  eventTermHashes: Uint32Array;
  eventTermOffsets: Uint32Array;
  eventTermStories: Uint32Array;
}

/** An index whose sections do not fit together, with the reason. */
export class IndexLayoutError extends Error {
  override name = 'IndexLayoutError';
}

function fail(reason: string): never {
  throw new IndexLayoutError(reason);
}

function section(index: RecognitionIndex, tag: string, itemSizes: readonly number[]): Section {
  const found = index.file.sections.get(tag) ?? fail(`section ${tag} is missing`);
  if (!itemSizes.includes(found.itemSize)) fail(`section ${tag} has ${found.itemSize}-byte items`);
  return found;
}

function u32(index: RecognitionIndex, tag: string, count?: number): Uint32Array {
  const s = section(index, tag, [4]);
  const view = new Uint32Array(s.bytes.buffer, s.bytes.byteOffset, s.bytes.length / 4);
  if (count !== undefined && view.length !== count) fail(`section ${tag} has ${view.length} items, expected ${count}`);
  return view;
}

function strings(index: RecognitionIndex, tag: string, count: number): StringTable {
  try {
    const table = readStringTable(section(index, tag, [1]).bytes);
    if (table.count !== count) fail(`section ${tag} has ${table.count} strings, expected ${count}`);
    return table;
  } catch (error) {
    if (error instanceof IndexLayoutError) throw error;
    return fail(`section ${tag}: ${(error as Error).message}`);
  }
}

/** Offsets must start at 0 and end at `end` (O(1); checkIndexContents checks every step). */
function checkEnds(tag: string, offsets: Uint32Array, end: number): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== end) fail(`section ${tag} does not span its items`);
}

function checkSteps(tag: string, offsets: Uint32Array): void {
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) fail(`section ${tag} offsets decrease`);
}

/**
 * Makes the views and checks that every section has the size its counts call for, in O(sections): start-up does
 * no pass over the tables. Every lookup stays inside its section whatever the bytes hold; checkIndexContents
 * (with the checksum, after the first answer) checks the tables' contents.
 */
export function viewIndex(index: RecognitionIndex): LoadedIndex {
  const { storyCount: stories, articleCount: articles, hashCount: hashes, postingCount: postingTotal } = index;
  const storyArticles = u32(index, SECTION.storyArticles, stories + 1);
  checkEnds(SECTION.storyArticles, storyArticles, articles);
  const articleStory = u32(index, SECTION.articleStory, articles);
  const addressHashes = u32(index, SECTION.addressHashes);
  const addressOffsets = u32(index, SECTION.addressOffsets, addressHashes.length + 1);
  const addressOrdinals = u32(index, SECTION.addressOrdinals);
  checkEnds(SECTION.addressOffsets, addressOffsets, addressOrdinals.length);
  const buckets = 2 ** index.bucketBits;
  const hashBuckets = u32(index, SECTION.hashBuckets, buckets + 1);
  checkEnds(SECTION.hashBuckets, hashBuckets, hashes);
  const postingBuckets = u32(index, SECTION.postingBuckets, buckets + 1);
  checkEnds(SECTION.postingBuckets, postingBuckets, postingTotal);
  const lows = section(index, SECTION.hashLows, [index.bucketBits === 16 ? 2 : 4]);
  if (lows.bytes.length !== hashes * lows.itemSize) fail(`section ${SECTION.hashLows} does not hold ${hashes} hashes`);
  const post = section(index, SECTION.postings, [2, 4]);
  if (post.bytes.length !== postingTotal * post.itemSize)
    fail(`section ${SECTION.postings} does not hold ${postingTotal} postings`);
  const more = section(index, SECTION.postingMore, [1]);
  if (more.bytes.length !== Math.ceil(postingTotal / 8))
    fail(`section ${SECTION.postingMore} does not cover ${postingTotal} postings`);
  // Event terms came after the first indexes: all three sections or none.
  const hasTerms = index.file.sections.has(SECTION.eventTermHashes);
  const eventTermHashes = hasTerms ? u32(index, SECTION.eventTermHashes) : EMPTY;
  const eventTermOffsets = hasTerms
    ? u32(index, SECTION.eventTermOffsets, eventTermHashes.length + 1)
    : Uint32Array.of(0);
  const eventTermStories = hasTerms ? u32(index, SECTION.eventTermStories) : EMPTY;
  checkEnds(SECTION.eventTermOffsets, eventTermOffsets, eventTermStories.length);
  return {
    source: index,
    storyIds: strings(index, SECTION.storyIds, stories),
    articleIds: strings(index, SECTION.articleIds, articles),
    storyArticles,
    articleStory,
    fingerprintCounts: u32(index, SECTION.articleFingerprints, articles),
    articleRevisions: u32(index, SECTION.articleRevision, articles),
    addressHashes,
    addressKeys: strings(index, SECTION.addressKeys, addressHashes.length),
    addressOffsets,
    addressOrdinals,
    hashBuckets,
    hashLows:
      lows.itemSize === 2
        ? new Uint16Array(lows.bytes.buffer, lows.bytes.byteOffset, hashes)
        : new Uint32Array(lows.bytes.buffer, lows.bytes.byteOffset, hashes),
    postingBuckets,
    postings:
      post.itemSize === 2
        ? new Uint16Array(post.bytes.buffer, post.bytes.byteOffset, postingTotal)
        : new Uint32Array(post.bytes.buffer, post.bytes.byteOffset, postingTotal),
    postingMore: more.bytes,
    eventTermHashes,
    eventTermOffsets,
    eventTermStories,
  };
}

/** Checks every table's contents: offsets in order, ordinals in range, string tables whole (O(file)). */
export function checkIndexContents(loaded: LoadedIndex): void {
  const { storyCount: stories, articleCount: articles } = loaded.source;
  checkSteps(SECTION.storyArticles, loaded.storyArticles);
  for (let a = 0; a < articles; a++) {
    const s = loaded.articleStory[a]!;
    if (s >= stories || a < loaded.storyArticles[s]! || a >= loaded.storyArticles[s + 1]!)
      fail('article story table disagrees with story ranges');
  }
  checkSteps(SECTION.addressOffsets, loaded.addressOffsets);
  for (const ordinal of loaded.addressOrdinals)
    if (ordinal >= articles) fail('an address names an article out of range');
  checkSteps(SECTION.hashBuckets, loaded.hashBuckets);
  checkSteps(SECTION.postingBuckets, loaded.postingBuckets);
  for (const ordinal of loaded.postings) if (ordinal >= articles) fail('a posting names an article out of range');
  checkSteps(SECTION.eventTermOffsets, loaded.eventTermOffsets);
  for (let i = 1; i < loaded.eventTermHashes.length; i++) {
    if (loaded.eventTermHashes[i]! <= loaded.eventTermHashes[i - 1]!)
      fail(`section ${SECTION.eventTermHashes} is not ascending`);
  }
  for (const ordinal of loaded.eventTermStories)
    if (ordinal >= stories) fail('an event term names a story out of range');
  for (const tag of [SECTION.storyIds, SECTION.articleIds, SECTION.addressKeys]) {
    try {
      checkStringTable(loaded.source.file.sections.get(tag)!.bytes);
    } catch (error) {
      fail(`section ${tag}: ${(error as Error).message}`);
    }
  }
}

const cache = new WeakMap<RecognitionIndex, LoadedIndex>();

/** The views of an index, made once per index object. */
export function loadIndex(index: RecognitionIndex): LoadedIndex {
  let loaded = cache.get(index);
  if (!loaded) {
    loaded = viewIndex(index);
    cache.set(index, loaded);
  }
  return loaded;
}

/** Article ordinals whose fingerprints include the hash (empty when none). */
export function postingsOf(loaded: LoadedIndex, hash: number): Uint16Array | Uint32Array {
  return postingsInBuckets(loaded, loaded.source.bucketBits, 0, hash);
}

/** Article ordinals indexed under an address key (see addressKey), ascending; empty when none. */
export function addressOrdinals(loaded: LoadedIndex, key: string): number[] {
  const hash = hashWord(key);
  const hashes = loaded.addressHashes;
  for (let i = lowerBound(hashes, hash); i < hashes.length && hashes[i] === hash; i++) {
    if (loaded.addressKeys.get(i) === key) return [...rowOf(loaded.addressOffsets, loaded.addressOrdinals, i)];
  }
  return [];
}

/** One article's row of the article table, or undefined when the ordinal is out of range. */
export function articleAt(loaded: LoadedIndex, ordinal: number): RecognitionArticle | undefined {
  if (!(ordinal >= 0 && ordinal < loaded.source.articleCount)) return undefined;
  const revision = loaded.articleRevisions[ordinal]!;
  return [
    loaded.articleStory[ordinal]!,
    loaded.articleIds.get(ordinal),
    revision >>> 16 === 0 ? null : revision >>> 16,
    (revision & 0xffff) === 0 ? null : revision & 0xffff,
    loaded.fingerprintCounts[ordinal]!,
  ];
}

/** Story ordinals looked up by an event term's hash (see lib/event/terms.ts), ascending; empty when none. */
export function storiesWithTerm(loaded: LoadedIndex, hash: number): Uint32Array {
  const hashes = loaded.eventTermHashes;
  const lo = lowerBound(hashes, hash);
  if (lo >= hashes.length || hashes[lo] !== hash) return EMPTY;
  return rowOf(loaded.eventTermOffsets, loaded.eventTermStories, lo);
}

/** The id of the story with this ordinal ('' when out of range). */
export function storyIdOf(loaded: LoadedIndex, storyOrdinal: number): string {
  return storyOrdinal >= 0 && storyOrdinal < loaded.source.storyCount ? loaded.storyIds.get(storyOrdinal) : '';
}

/** The ordinals of an article's revision group (the article alone when it has none), ascending. */
export function revisionGroupOf(loaded: LoadedIndex, ordinal: number): number[] {
  const group = (loaded.articleRevisions[ordinal] ?? 0) >>> 16;
  if (group === 0) return [ordinal];
  const story = loaded.articleStory[ordinal]!;
  const members: number[] = [];
  const end = Math.min(loaded.storyArticles[story + 1] ?? 0, loaded.source.articleCount);
  for (let a = loaded.storyArticles[story] ?? 0; a < end; a++) {
    if (loaded.articleRevisions[a]! >>> 16 === group) members.push(a);
  }
  return members;
}

const lookupsCache = new WeakMap<LoadedIndex, IndexLookups>();

/** The lookups of a whole index (made once per index; a whole index is always complete). */
export function wholeLookups(loaded: LoadedIndex): IndexLookups {
  let lookups = lookupsCache.get(loaded);
  if (!lookups) {
    const { source } = loaded;
    lookups = {
      params: source.params,
      storyCount: source.storyCount,
      articleCount: source.articleCount,
      postingsOf: (hash) => postingsOf(loaded, hash),
      addressOrdinals: (key) => addressOrdinals(loaded, key),
      articleAt: (ordinal) => articleAt(loaded, ordinal),
      fingerprintCount: (ordinal) => loaded.fingerprintCounts[ordinal] ?? 0,
      revisionGroupOf: (ordinal) => revisionGroupOf(loaded, ordinal),
      storyIdOf: (storyOrdinal) => storyIdOf(loaded, storyOrdinal),
      hasEventTerms: loaded.eventTermHashes.length > 0,
      storiesWithTerm: (hash) => storiesWithTerm(loaded, hash),
      complete: () => true,
    };
    lookupsCache.set(loaded, lookups);
  }
  return lookups;
}
