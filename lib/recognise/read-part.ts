// Reads one part of a paged recognition index (paged-format.ts) into typed-array views. Its bytes have already
// matched the head's checksum for it (paged-index.ts), and the head was made from a whole file whose every table was
// checked (split-index.ts), so only what keeps lookups inside its tables is checked here, in O(sections): its own
// header, that it is the part the head expects, and every table's size.
import { readSectionedFile, type Section } from '../binary/sectioned-file';
import { readStringTable, type StringTable } from '../binary/string-table';
import { SECTION } from './index-format';
import { PART_KINDS, PART_MAGIC, PART_SECTION, type PartKind, READABLE_PAGED_FORMATS } from './paged-format';
import type { BucketTables } from './table-lookups';

/** Fingerprint tables of a run of buckets. */
export interface FingerprintPart extends BucketTables {
  kind: 'fingerprints';
  /** The run's first bucket. */
  first: number;
}
/** Address keys whose hashes fall in the part's range (from key `first` on), with their article ordinals. */
export interface AddressPart {
  kind: 'addresses';
  first: number;
  /** Hashes of the keys, ascending. */
  hashes: Uint32Array;
  keys: StringTable;
  offsets: Uint32Array;
  ordinals: Uint32Array;
}
/** Event terms from `first` on, with their story ordinals. */
export interface TermPart {
  kind: 'terms';
  first: number;
  offsets: Uint32Array;
  stories: Uint32Array;
}
/** Articles from `first` on: ids, stories, fingerprint counts, revisions. */
export interface ArticlePart {
  kind: 'articles';
  first: number;
  ids: StringTable;
  stories: Uint32Array;
  fingerprints: Uint32Array;
  revisions: Uint32Array;
}
/** Stories from `first` on: ids, and where each one's articles start (one entry more than stories). */
export interface StoryPart {
  kind: 'stories';
  first: number;
  ids: StringTable;
  starts: Uint32Array;
}
/** A part read and checked. */
export type PartView = FingerprintPart | AddressPart | TermPart | ArticlePart | StoryPart;

/** What the head says a part must be. */
export interface ExpectedPart {
  kind: PartKind;
  number: number;
  first: number;
  /** Buckets (fingerprints) or items (the other kinds) it holds; -1 (with `first`) for address parts: as it says. */
  count: number;
  bucketBits: number;
}

function fail(reason: string): never {
  throw new Error(reason);
}

/** Reads a part's bytes as the part `expected` describes; throws an Error saying why it cannot be used. */
export function readPart(input: Uint8Array, expected: ExpectedPart): PartView {
  // A part read from disk or a store may sit anywhere in memory: typed-array views need it 8-byte aligned.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const file = readSectionedFile(bytes, PART_MAGIC, READABLE_PAGED_FORMATS);
  const section = (tag: string, sizes: readonly number[]): Section => {
    const s = file.sections.get(tag) ?? fail(`section ${tag} is missing`);
    if (!sizes.includes(s.itemSize)) fail(`section ${tag} has ${s.itemSize}-byte items`);
    return s;
  };
  const u32 = (tag: string, count?: number) => {
    const s = section(tag, [4]);
    const view = new Uint32Array(s.bytes.buffer, s.bytes.byteOffset, s.bytes.length / 4);
    if (count !== undefined && view.length !== count) fail(`section ${tag} has ${view.length} items, not ${count}`);
    return view;
  };
  const wide = (tag: string, sizes: readonly number[]) => {
    const s = section(tag, sizes);
    return s.itemSize === 2
      ? new Uint16Array(s.bytes.buffer, s.bytes.byteOffset, s.bytes.length / 2)
      : new Uint32Array(s.bytes.buffer, s.bytes.byteOffset, s.bytes.length / 4);
  };
  const strings = (tag: string, count: number) => {
    const table = readStringTable(section(tag, [1]).bytes);
    if (table.count !== count) fail(`section ${tag} has ${table.count} strings, not ${count}`);
    return table;
  };
  const offsets = (tag: string, count: number, end: number) => {
    const view = u32(tag, count + 1);
    if (view[0] !== 0 || view[count] !== end) fail(`section ${tag} does not span its items`);
    return view;
  };

  const [kind, number, first] = u32(PART_SECTION, 3);
  const any = expected.first === -1;
  if (PART_KINDS[kind!] !== expected.kind || number !== expected.number || (!any && first !== expected.first))
    fail(`it is not ${expected.kind} part ${expected.number}`);
  const n = expected.count;
  switch (expected.kind) {
    case 'fingerprints': {
      const hashLows = wide(SECTION.hashLows, [expected.bucketBits === 16 ? 2 : 4]);
      const postings = wide(SECTION.postings, [2, 4]);
      const postingMore = section(SECTION.postingMore, [1]).bytes;
      if (postingMore.length !== Math.ceil(postings.length / 8)) fail(`section ${SECTION.postingMore} is not its size`);
      return {
        kind: 'fingerprints',
        first: expected.first,
        hashBuckets: offsets(SECTION.hashBuckets, n, hashLows.length),
        hashLows,
        postingBuckets: offsets(SECTION.postingBuckets, n, postings.length),
        postings,
        postingMore,
      };
    }
    case 'addresses': {
      const ordinals = u32(SECTION.addressOrdinals);
      const hashes = u32(SECTION.addressHashes);
      return {
        kind: 'addresses',
        first: first!,
        hashes,
        keys: strings(SECTION.addressKeys, hashes.length),
        offsets: offsets(SECTION.addressOffsets, hashes.length, ordinals.length),
        ordinals,
      };
    }
    case 'terms': {
      const stories = u32(SECTION.eventTermStories);
      return {
        kind: 'terms',
        first: expected.first,
        offsets: offsets(SECTION.eventTermOffsets, n, stories.length),
        stories,
      };
    }
    case 'articles':
      return {
        kind: 'articles',
        first: expected.first,
        ids: strings(SECTION.articleIds, n),
        stories: u32(SECTION.articleStory, n),
        fingerprints: u32(SECTION.articleFingerprints, n),
        revisions: u32(SECTION.articleRevision, n),
      };
    case 'stories':
      return {
        kind: 'stories',
        first: expected.first,
        ids: strings(SECTION.storyIds, n),
        starts: u32(SECTION.storyArticles, n + 1),
      };
  }
}
