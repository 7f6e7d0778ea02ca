// Builds the binary recognition index from the runtime stories: every article's addresses and winnowed text
// fingerprints, inverted from fingerprint hash to articles. Deterministic: the same stories give the same bytes.
import { encodeStringTable } from '../binary/string-table';
import { writeSectionedFile, type SectionInput } from '../binary/sectioned-file';
import { DEFAULT_PARAMS, type FingerprintParams, fingerprintSet } from '../fingerprint/fingerprint';
import { hashWord } from '../fingerprint/hash';
import type { RuntimeStory } from '../story/runtime-types';
import { bucketBitsFor, INDEX_FORMAT, INDEX_MAGIC, type RecognitionIndex, SECTION } from './index-format';
import { addressKey } from '../address/normalise-address';
import { readRecognitionIndex } from './read-index';

/**
 * What the builder reads of a story: ids, addresses, revisions and texts, and the words it is looked up by as an
 * event.
 */
export type IndexableStory = Pick<RuntimeStory, 'id'> & {
  articles: Pick<RuntimeStory['articles'][number], 'id' | 'url' | 'urls' | 'revision' | 'text'>[];
  /** Folded words of the story's shared names (lib/event/terms.ts); none: the story is found by its articles only. */
  eventTerms?: readonly string[];
};

// (hash, ordinal) pairs packed in one float64 as hash · 2^21 + ordinal: exact below 2^53, sortable natively.
const ORDINAL_BITS = 2 ** 21;

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  throw new Error('the recognition index is little-endian; this platform is not');
}

const bytesOf = (a: Uint8Array | Uint16Array | Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Adds stories one at a time (their texts can be dropped after each), then writes the file. */
export class RecognitionIndexBuilder {
  private pairs = new Float64Array(1 << 16);
  private pairCount = 0;
  private readonly storyIds: string[] = [];
  private readonly storyStarts: number[] = [0];
  private readonly articleIds: string[] = [];
  private readonly articleStory: number[] = [];
  private readonly fingerprints: number[] = [];
  private readonly revisions: number[] = [];
  private readonly addresses = new Map<string, number[]>();
  private readonly eventTerms = new Map<number, number[]>();

  /** `bucketBits` fixes the bucket layout (tests of both layouts); by default it follows the index's size. */
  constructor(
    private readonly params: FingerprintParams = DEFAULT_PARAMS,
    private readonly bucketBits?: number,
  ) {}

  /** Indexes one story's articles, in order. */
  addStory(story: IndexableStory): void {
    const storyOrdinal = this.storyIds.length;
    this.storyIds.push(story.id);
    const groups = new Map<string, number>();
    for (const article of story.articles) {
      const ordinal = this.articleIds.length;
      if (ordinal >= ORDINAL_BITS)
        throw new Error(`more than ${ORDINAL_BITS} articles: the index format cannot hold them`);
      const hashes = fingerprintSet(article.text, this.params);
      this.articleIds.push(article.id);
      this.articleStory.push(storyOrdinal);
      this.fingerprints.push(hashes.length);
      const group = article.revision ? (groups.get(article.revision.group) ?? groups.size + 1) : 0;
      if (article.revision) groups.set(article.revision.group, group);
      if (group > 0xffff || (article.revision?.number ?? 0) > 0xffff)
        throw new Error(`story ${story.id}: too many revisions`);
      this.revisions.push((group << 16) | (article.revision?.number ?? 0));
      for (const url of [article.url, ...article.urls]) {
        const key = url ? addressKey(url) : null;
        if (!key) continue;
        const list = this.addresses.get(key);
        if (!list) this.addresses.set(key, [ordinal]);
        else if (list[list.length - 1] !== ordinal) list.push(ordinal);
      }
      this.reserve(hashes.length);
      for (const hash of hashes) this.pairs[this.pairCount++] = hash * ORDINAL_BITS + ordinal;
    }
    this.storyStarts.push(this.articleIds.length);
    for (const term of new Set(story.eventTerms ?? [])) {
      const hash = hashWord(term);
      const list = this.eventTerms.get(hash);
      if (!list) this.eventTerms.set(hash, [storyOrdinal]);
      else if (list[list.length - 1] !== storyOrdinal) list.push(storyOrdinal);
    }
  }

  private reserve(extra: number): void {
    if (this.pairCount + extra <= this.pairs.length) return;
    const grown = new Float64Array(Math.max(this.pairs.length * 2, this.pairCount + extra));
    grown.set(this.pairs.subarray(0, this.pairCount));
    this.pairs = grown;
  }

  /** The index file's bytes. */
  finish(): Uint8Array {
    const pairs = this.pairs.subarray(0, this.pairCount).sort();
    const articleCount = this.articleIds.length;
    let hashCount = 0;
    for (let i = 0; i < pairs.length; i++) {
      if (i === 0 || Math.floor(pairs[i]! / ORDINAL_BITS) !== Math.floor(pairs[i - 1]! / ORDINAL_BITS)) hashCount++;
    }
    const bits = this.bucketBits ?? bucketBitsFor(hashCount);
    const buckets = 2 ** bits;
    const bucketOf = (hash: number) => (bits === 0 ? 0 : hash >>> (32 - bits));
    const hashLows = bits === 16 ? new Uint16Array(hashCount) : new Uint32Array(hashCount);
    const hashBuckets = new Uint32Array(buckets + 1);
    const postingBuckets = new Uint32Array(buckets + 1);
    const postings = articleCount <= 0x10000 ? new Uint16Array(pairs.length) : new Uint32Array(pairs.length);
    const more = new Uint8Array(Math.ceil(pairs.length / 8));
    let previous = -1;
    let j = 0;
    for (let i = 0; i < pairs.length; i++) {
      const hash = Math.floor(pairs[i]! / ORDINAL_BITS);
      postings[i] = pairs[i]! - hash * ORDINAL_BITS;
      postingBuckets[bucketOf(hash) + 1]!++;
      if (hash === previous) {
        more[(i - 1) >>> 3]! |= 1 << ((i - 1) & 7);
      } else {
        hashLows[j++] = bits === 16 ? hash & 0xffff : hash;
        hashBuckets[bucketOf(hash) + 1]!++;
        previous = hash;
      }
    }
    for (let b = 1; b <= buckets; b++) {
      hashBuckets[b]! += hashBuckets[b - 1]!;
      postingBuckets[b]! += postingBuckets[b - 1]!;
    }

    const keys = [...this.addresses.keys()]
      .map((key) => ({ key, hash: hashWord(key) }))
      .sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const addressOffsets = new Uint32Array(keys.length + 1);
    const ordinals: number[] = [];
    keys.forEach(({ key }, i) => {
      ordinals.push(...(this.addresses.get(key) ?? []));
      addressOffsets[i + 1] = ordinals.length;
    });

    // Two words with one hash share a row: a page naming either looks at both words' stories (and aligns to decide).
    const termHashes = [...this.eventTerms.keys()].sort((a, b) => a - b);
    const termOffsets = new Uint32Array(termHashes.length + 1);
    const termStories: number[] = [];
    termHashes.forEach((hash, i) => {
      termStories.push(...(this.eventTerms.get(hash) ?? []));
      termOffsets[i + 1] = termStories.length;
    });

    const info = Uint32Array.of(
      this.params.k,
      this.params.w,
      this.storyIds.length,
      articleCount,
      hashCount,
      pairs.length,
      bits,
    );
    const sections: SectionInput[] = [
      { tag: SECTION.info, bytes: bytesOf(info), itemSize: 4 },
      { tag: SECTION.storyIds, bytes: encodeStringTable(this.storyIds), itemSize: 1 },
      { tag: SECTION.storyArticles, bytes: bytesOf(Uint32Array.from(this.storyStarts)), itemSize: 4 },
      { tag: SECTION.articleIds, bytes: encodeStringTable(this.articleIds), itemSize: 1 },
      { tag: SECTION.articleStory, bytes: bytesOf(Uint32Array.from(this.articleStory)), itemSize: 4 },
      { tag: SECTION.articleFingerprints, bytes: bytesOf(Uint32Array.from(this.fingerprints)), itemSize: 4 },
      { tag: SECTION.articleRevision, bytes: bytesOf(Uint32Array.from(this.revisions)), itemSize: 4 },
      { tag: SECTION.addressHashes, bytes: bytesOf(Uint32Array.from(keys, (k) => k.hash)), itemSize: 4 },
      { tag: SECTION.addressKeys, bytes: encodeStringTable(keys.map((k) => k.key)), itemSize: 1 },
      { tag: SECTION.addressOffsets, bytes: bytesOf(addressOffsets), itemSize: 4 },
      { tag: SECTION.addressOrdinals, bytes: bytesOf(Uint32Array.from(ordinals)), itemSize: 4 },
      { tag: SECTION.hashBuckets, bytes: bytesOf(hashBuckets), itemSize: 4 },
      { tag: SECTION.hashLows, bytes: bytesOf(hashLows), itemSize: hashLows.BYTES_PER_ELEMENT },
      { tag: SECTION.postingBuckets, bytes: bytesOf(postingBuckets), itemSize: 4 },
      { tag: SECTION.postings, bytes: bytesOf(postings), itemSize: postings.BYTES_PER_ELEMENT },
      { tag: SECTION.postingMore, bytes: more, itemSize: 1 },
      { tag: SECTION.eventTermHashes, bytes: bytesOf(Uint32Array.from(termHashes)), itemSize: 4 },
      { tag: SECTION.eventTermOffsets, bytes: bytesOf(termOffsets), itemSize: 4 },
      { tag: SECTION.eventTermStories, bytes: bytesOf(Uint32Array.from(termStories)), itemSize: 4 },
    ];
    return writeSectionedFile(INDEX_MAGIC, INDEX_FORMAT, sections);
  }
}

/** The recognition index file's bytes for the given stories. */
export function encodeRecognitionIndex(
  stories: readonly IndexableStory[],
  params: FingerprintParams = DEFAULT_PARAMS,
  bucketBits?: number,
): Uint8Array {
  const builder = new RecognitionIndexBuilder(params, bucketBits);
  for (const story of stories) builder.addStory(story);
  return builder.finish();
}

/** Builds and reads the index in one step (tests and tools that keep it in memory). */
export function buildRecognitionIndex(
  stories: readonly IndexableStory[],
  params: FingerprintParams = DEFAULT_PARAMS,
): RecognitionIndex {
  return readRecognitionIndex(encodeRecognitionIndex(stories, params));
}
