// Reads one part of a paged recognition index (paged-format.ts) into typed-array views, checking all of it: its own
// header, that it is the part the head expects, and every table's sizes, offsets and ordinals. A part is a few
// kilobytes, so the whole check costs microseconds; every later lookup in it stays inside its tables.
import { readSectionedFile, type Section } from '../binary/sectioned-file';
import { checkStringTable, readStringTable, type StringTable } from '../binary/string-table';
import { SECTION } from './index-format';
import { PART_KINDS, PART_MAGIC, PART_SECTION, type PartKind, READABLE_PAGED_FORMATS } from './paged-format';
import type { BucketTables } from './table-lookups';

/** Fingerprint tables of a run of buckets. */
export interface FingerprintPart extends BucketTables {
  kind: 'fingerprints';
  /** The run's first bucket. */
  first: number;
}
/** Address keys from `first` on, with their article ordinals. */
export interface AddressPart {
  kind: 'addresses';
  first: number;
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
/** Articles from `first` on: ids, fingerprint counts, revisions. */
export interface ArticlePart {
  kind: 'articles';
  first: number;
  ids: StringTable;
  fingerprints: Uint32Array;
  revisions: Uint32Array;
}
/** Story ids from `first` on. */
export interface StoryPart {
  kind: 'stories';
  first: number;
  ids: StringTable;
}
/** A part read and checked. */
export type PartView = FingerprintPart | AddressPart | TermPart | ArticlePart | StoryPart;

/** What the head says a part must be. */
export interface ExpectedPart {
  kind: PartKind;
  number: number;
  first: number;
  /** Buckets (fingerprints) or items (the other kinds) it holds. */
  count: number;
  bucketBits: number;
  articleCount: number;
  storyCount: number;
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
    const s = section(tag, [1]);
    checkStringTable(s.bytes);
    const table = readStringTable(s.bytes);
    if (table.count !== count) fail(`section ${tag} has ${table.count} strings, not ${count}`);
    return table;
  };
  const offsets = (tag: string, count: number, end: number) => {
    const view = u32(tag, count + 1);
    if (view[0] !== 0 || view[count] !== end) fail(`section ${tag} does not span its items`);
    for (let i = 1; i <= count; i++) if (view[i]! < view[i - 1]!) fail(`section ${tag} offsets decrease`);
    return view;
  };
  const below = (tag: string, values: ArrayLike<number>, limit: number) => {
    for (let i = 0; i < values.length; i++) if (values[i]! >= limit) fail(`section ${tag} names an item out of range`);
  };

  const [kind, number, first] = u32(PART_SECTION, 3);
  if (PART_KINDS[kind!] !== expected.kind || number !== expected.number || first !== expected.first)
    fail(`it is not ${expected.kind} part ${expected.number}`);
  const n = expected.count;
  switch (expected.kind) {
    case 'fingerprints': {
      const hashLows = wide(SECTION.hashLows, [expected.bucketBits === 16 ? 2 : 4]);
      const postings = wide(SECTION.postings, [2, 4]);
      const postingMore = section(SECTION.postingMore, [1]).bytes;
      if (postingMore.length !== Math.ceil(postings.length / 8)) fail(`section ${SECTION.postingMore} is not its size`);
      below(SECTION.postings, postings, expected.articleCount);
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
      below(SECTION.addressOrdinals, ordinals, expected.articleCount);
      return {
        kind: 'addresses',
        first: expected.first,
        keys: strings(SECTION.addressKeys, n),
        offsets: offsets(SECTION.addressOffsets, n, ordinals.length),
        ordinals,
      };
    }
    case 'terms': {
      const stories = u32(SECTION.eventTermStories);
      below(SECTION.eventTermStories, stories, expected.storyCount);
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
        fingerprints: u32(SECTION.articleFingerprints, n),
        revisions: u32(SECTION.articleRevision, n),
      };
    case 'stories':
      return { kind: 'stories', first: expected.first, ids: strings(SECTION.storyIds, n) };
  }
}
