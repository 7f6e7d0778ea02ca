// Reads one part of a paged recognition index (paged-format.ts) into typed-array views, after checking its checksum
// (every byte), that it is the part asked for and of the index the head was split from, and every table's size. Parts
// are made from a whole file whose every table was checked (split-index.ts), so their contents are not checked again:
// lookups stay inside the tables whatever they hold.
import { readSectionedFile, type Section, verifySectionedFile } from '../binary/sectioned-file';
import { readStringTable, type StringTable } from '../binary/string-table';
import { SECTION } from './index-format';
import { PART_KINDS, PART_MAGIC, PART_SECTION, type PartKind, READABLE_PAGED_FORMATS } from './paged-format';
import { type FingerprintPart, readFingerprintPart } from './fingerprint-part';

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
/**
 * Stories from `first` on, with their articles: story ids, where each story's articles start (one entry more than
 * stories; article ordinals of the whole index), and the articles' ids, fingerprint counts and revisions.
 */
export interface StoryPart {
  kind: 'stories';
  first: number;
  ids: StringTable;
  starts: Uint32Array;
  articleIds: StringTable;
  fingerprints: Uint32Array;
  revisions: Uint32Array;
}
/** A part read and checked. */
export type PartView = FingerprintPart | AddressPart | TermPart | StoryPart;

/** What the head says a part must be. */
export interface ExpectedPart {
  kind: PartKind;
  number: number;
  first: number;
  /** Buckets (fingerprints) or items (the other kinds) it holds; -1 (with `first`) for address parts: as it says. */
  count: number;
  /** Story parts: the article ordinals their stories' articles start and end at. */
  articles?: [number, number];
  /** The checksum of the whole index the head was split from. */
  source: number;
  /** Fingerprint parts: the low bits of a hash that choose its part. */
  partBits?: number;
  bucketBits: number;
}

function fail(reason: string): never {
  throw new Error(reason);
}

/** Reads a part's bytes as the part `expected` describes; throws an Error saying why it cannot be used. */
export function readPart(input: Uint8Array, expected: ExpectedPart): PartView {
  if (expected.kind === 'fingerprints') {
    return readFingerprintPart(input, {
      number: expected.number,
      partBits: expected.partBits ?? 0,
      source: expected.source,
    });
  }
  // A part read from disk or a store may sit anywhere in memory: typed-array views need it 8-byte aligned.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const file = readSectionedFile(bytes, PART_MAGIC, READABLE_PAGED_FORMATS);
  if (!verifySectionedFile(file)) fail('its checksum does not match: it is damaged');
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

  const [kind, number, first, source] = u32(PART_SECTION, 4);
  const any = expected.first === -1;
  if (PART_KINDS[kind!] !== expected.kind || number !== expected.number || (!any && first !== expected.first))
    fail(`it is not ${expected.kind} part ${expected.number}`);
  if (source !== expected.source) fail('it is a part of another index');
  const n = expected.count;
  switch (expected.kind) {
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
    case 'stories': {
      const [a0, a1] = expected.articles ?? [0, 0];
      const starts = u32(SECTION.storyArticles, n + 1);
      if (starts[0] !== a0 || starts[n] !== a1) fail(`section ${SECTION.storyArticles} does not span its articles`);
      return {
        kind: 'stories',
        first: expected.first,
        ids: strings(SECTION.storyIds, n),
        starts,
        articleIds: strings(SECTION.articleIds, a1 - a0),
        fingerprints: u32(SECTION.articleFingerprints, a1 - a0),
        revisions: u32(SECTION.articleRevision, a1 - a0),
      };
    }
  }
}
