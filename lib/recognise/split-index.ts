// Splits a whole recognition index into its paged layout (paged-format.ts): a head holding what every page needs
// (the sizes of the parts, where each story part's articles start, the event terms' hashes) and parts of a kilobyte or a few, each a range of fingerprint
// buckets, address keys (by hash), event terms, or stories with their articles. Deterministic: the same index gives the same
// bytes, so a head made at build time names the parts a copy made later from the same file holds.
import { type SectionInput, writeSectionedFile } from '../binary/sectioned-file';
import { encodeStringTable, type StringTable } from '../binary/string-table';
import { type RecognitionIndex, SECTION } from './index-format';
import { type FingerprintPartInput, fingerprintPartOf, highBytes, writeFingerprintPart } from './fingerprint-part';
import { type LoadedIndex, loadIndex } from './load-index';
import { readRecognitionIndex } from './read-index';
import { lowerBound } from './table-lookups';
import {
  firstPartOf,
  HEAD_MAGIC,
  HEAD_SECTION,
  PAGED_FORMAT,
  PART_KINDS,
  PART_MAGIC,
  PART_SECTION,
  type PartKind,
  SPLIT_FIELDS,
  type SplitInfo,
} from './paged-format';

/** Sizes of the parts (smaller in tests, so a small index has many). */
export interface SplitOptions {
  /**
   * Bytes of fingerprint tables a part aims at (a part is a run of whole buckets; at most 2^16 parts), and the same
   * for address tables.
   */
  partBytes: number;
  addressPartBytes: number;
  termsPerPart: number;
  /** Stories a story part holds, with their articles. */
  storiesPerPart: number;
}

/**
 * About a kilobyte a fingerprint part: a page reads one for each of its few hundred fingerprints, each one IndexedDB
 * record checked against its checksum, so a page reads and checks a few hundred kilobytes; more parts would make the
 * head, which holds a checksum each, larger. The other parts are read a few a page.
 */
export const SPLIT_DEFAULTS: SplitOptions = {
  partBytes: 512,
  addressPartBytes: 2048,
  termsPerPart: 128,
  storiesPerPart: 64,
};

/** A whole index in its paged layout: the head, and the parts in number order. */
export interface SplitIndex {
  head: Uint8Array;
  parts: Uint8Array[];
}

const bytesOf = (a: Uint8Array | Uint16Array | Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const u32 = (tag: string, values: Uint32Array): SectionInput => ({ tag, bytes: bytesOf(values), itemSize: 4 });
const strings = (tag: string, table: StringTable, from: number, to: number): SectionInput => ({
  tag,
  bytes: encodeStringTable(Array.from({ length: to - from }, (_, i) => table.get(from + i))),
  itemSize: 1,
});

/** Offsets from..to of an offsets table, rebased to start at 0. */
function rebased(offsets: Uint32Array, from: number, to: number): Uint32Array {
  const out = offsets.slice(from, to + 1);
  const base = out[0] ?? 0;
  for (let i = 0; i < out.length; i++) out[i]! -= base;
  return out;
}

function writePart(
  kind: PartKind,
  number: number,
  first: number,
  source: number,
  sections: SectionInput[],
): Uint8Array {
  const own = u32(PART_SECTION, Uint32Array.of(PART_KINDS.indexOf(kind), number, first, source));
  return writeSectionedFile(PART_MAGIC, PAGED_FORMAT, [own, ...sections]);
}

/** At most 2^18 fingerprint parts (a high part of a hash then fits in 16 bits from 2^16 parts on). */
const MAX_FINGERPRINT_PART_BITS = 18;

/**
 * The fingerprint tables regrouped by part (a hash's low `partBits` bits): every hash's high bits and postings, in
 * the whole file's order, which within a part is ascending; then each part's slices. Two passes over the tables.
 */
function regroupFingerprints(
  loaded: LoadedIndex,
  bucketBits: number,
  partBits: number,
): (part: number) => FingerprintPartInput {
  const parts = 2 ** partBits;
  const hashes = loaded.hashLows.length;
  const more = loaded.postingMore;
  const fullHash = (bucket: number, j: number) =>
    bucketBits === 16 ? ((bucket << 16) | loaded.hashLows[j]!) >>> 0 : loaded.hashLows[j]! >>> 0;
  // Each hash's run of postings, from the "more" bits.
  const eachHash = (visit: (hash: number, start: number, run: number) => void) => {
    let p = 0;
    for (let bucket = 0; bucket + 1 < loaded.hashBuckets.length; bucket++) {
      for (let j = loaded.hashBuckets[bucket]!; j < loaded.hashBuckets[bucket + 1]!; j++) {
        let end = p;
        while (((more[end >>> 3]! >>> (end & 7)) & 1) === 1) end++;
        visit(fullHash(bucket, j), p, end - p + 1);
        p = end + 1;
      }
    }
  };
  const hashStart = new Uint32Array(parts + 1);
  const postingStart = new Uint32Array(parts + 1);
  eachHash((hash, _start, run) => {
    const part = fingerprintPartOf(hash, partBits);
    hashStart[part + 1]!++;
    postingStart[part + 1]! += run;
  });
  for (let p = 1; p <= parts; p++) {
    hashStart[p]! += hashStart[p - 1]!;
    postingStart[p]! += postingStart[p - 1]!;
  }
  const highs = highBytes(partBits) === 2 ? new Uint16Array(hashes) : new Uint32Array(hashes);
  const runs = new Uint32Array(hashes);
  const postings = new (loaded.postings.constructor as Uint16ArrayConstructor | Uint32ArrayConstructor)(
    loaded.postings.length,
  );
  const nextHash = hashStart.slice(0, parts);
  const nextPosting = postingStart.slice(0, parts);
  eachHash((hash, start, run) => {
    const part = fingerprintPartOf(hash, partBits);
    const at = nextHash[part]!++;
    highs[at] = partBits === 0 ? hash : hash >>> partBits;
    runs[at] = run;
    postings.set(loaded.postings.subarray(start, start + run), nextPosting[part]!);
    nextPosting[part]! += run;
  });
  return (part) => ({
    highs: highs.subarray(hashStart[part], hashStart[part + 1]),
    runs: runs.subarray(hashStart[part], hashStart[part + 1]),
    postings: postings.subarray(postingStart[part], postingStart[part + 1]),
  });
}

/** Bits of a hash that choose its part: enough for parts of about `partBytes`, at most `most`. */
function partBits(bytes: number, partBytes: number, most: number): number {
  return Math.min(most, Math.max(0, Math.ceil(Math.log2(Math.max(1, bytes / partBytes)))));
}

/** How to make a whole index's parts one at a time, and its head. */
export interface SplitPlan {
  /** Number of parts. */
  readonly count: number;
  /** Part number `n`'s bytes. */
  part(n: number): Uint8Array;
  /** The head. */
  readonly head: Uint8Array;
}

/**
 * Plans the split of a whole index (read by readRecognitionIndex, and best verified first): its parts can then be made
 * a few at a time, so a copy into IndexedDB leaves time for other work between them.
 */
export function planSplit(index: RecognitionIndex, options: Partial<SplitOptions> = {}): SplitPlan {
  const o = { ...SPLIT_DEFAULTS, ...options };
  const loaded = loadIndex(index);
  const fingerprintBytes = loaded.hashLows.byteLength + loaded.postings.byteLength + loaded.postingMore.byteLength;
  const header = new DataView(index.file.bytes.buffer, index.file.bytes.byteOffset, 16);
  const keys = loaded.addressHashes.length;
  const addressBytes =
    keys * 12 + loaded.addressOrdinals.byteLength + index.file.sections.get(SECTION.addressKeys)!.bytes.length;
  const terms = loaded.eventTermHashes.length;
  const split: SplitInfo = {
    fingerprintPartBits: partBits(fingerprintBytes, o.partBytes, MAX_FINGERPRINT_PART_BITS),
    addressPartBits: partBits(addressBytes, o.addressPartBytes, 16),
    termsPerPart: o.termsPerPart,
    storiesPerPart: o.storiesPerPart,
    fingerprintParts: 0,
    addressParts: 0,
    termParts: Math.ceil(terms / o.termsPerPart),
    storyParts: Math.ceil(index.storyCount / o.storiesPerPart),
    sourceLength: header.getUint32(8, true),
    sourceChecksum: header.getUint32(12, true),
    addressCount: keys,
  };
  split.fingerprintParts = 2 ** split.fingerprintPartBits;
  const part = (kind: PartKind, number: number, first: number, sections: SectionInput[]) =>
    writePart(kind, number, first, split.sourceChecksum, sections);
  split.addressParts = 2 ** split.addressPartBits;
  const parts: (() => Uint8Array)[] = [];

  const fingerprintPart = regroupFingerprints(loaded, index.bucketBits, split.fingerprintPartBits);
  for (let p = 0; p < split.fingerprintParts; p++)
    parts.push(() => writeFingerprintPart(p, split.sourceChecksum, split.fingerprintPartBits, fingerprintPart(p)));
  const ranges = (count: number, size: number, make: (from: number, to: number, n: number) => Uint8Array) => {
    for (let n = 0; n * size < count; n++) parts.push(() => make(n * size, Math.min(count, (n + 1) * size), n));
  };
  // Address keys by the top bits of their hash: a page looks its few addresses up in the parts they name.
  let from = 0;
  for (let n = 0; n < split.addressParts; n++) {
    const to =
      n + 1 === split.addressParts
        ? keys
        : lowerBound(loaded.addressHashes, (n + 1) * 2 ** (32 - split.addressPartBits), from);
    const [a0, a1] = [from, to];
    parts.push(() =>
      part('addresses', n, a0, [
        u32(SECTION.addressHashes, loaded.addressHashes.slice(a0, a1)),
        strings(SECTION.addressKeys, loaded.addressKeys, a0, a1),
        u32(SECTION.addressOffsets, rebased(loaded.addressOffsets, a0, a1)),
        u32(
          SECTION.addressOrdinals,
          loaded.addressOrdinals.slice(loaded.addressOffsets[a0], loaded.addressOffsets[a1]),
        ),
      ]),
    );
    from = to;
  }
  ranges(terms, o.termsPerPart, (from, to, n) =>
    part('terms', n, from, [
      u32(SECTION.eventTermOffsets, rebased(loaded.eventTermOffsets, from, to)),
      u32(
        SECTION.eventTermStories,
        loaded.eventTermStories.slice(loaded.eventTermOffsets[from], loaded.eventTermOffsets[to]),
      ),
    ]),
  );
  // Stories with their articles: the story of an article, its id and its revision group come in one part.
  ranges(index.storyCount, o.storiesPerPart, (from, to, n) => {
    const [a0, a1] = [loaded.storyArticles[from]!, loaded.storyArticles[to]!];
    return part('stories', n, from, [
      strings(SECTION.storyIds, loaded.storyIds, from, to),
      u32(SECTION.storyArticles, loaded.storyArticles.slice(from, to + 1)),
      strings(SECTION.articleIds, loaded.articleIds, a0, a1),
      u32(SECTION.articleFingerprints, loaded.fingerprintCounts.slice(a0, a1)),
      u32(SECTION.articleRevision, loaded.articleRevisions.slice(a0, a1)),
    ]);
  });
  if (parts.length !== firstPartOf(split, 'stories') + split.storyParts) throw new Error('split: part count mismatch');

  const info = index.file.sections.get(SECTION.info)!.bytes.slice();
  const storyPartArticles = Uint32Array.from(
    { length: split.storyParts + 1 },
    (_, n) => loaded.storyArticles[Math.min(n * o.storiesPerPart, index.storyCount)]!,
  );
  const eventTerms = terms > 0 ? [u32(SECTION.eventTermHashes, loaded.eventTermHashes.slice())] : [];
  const head = writeSectionedFile(HEAD_MAGIC, PAGED_FORMAT, [
    { tag: SECTION.info, bytes: info, itemSize: 4 },
    u32(
      HEAD_SECTION.split,
      Uint32Array.from(SPLIT_FIELDS, (f) => split[f]),
    ),
    u32(HEAD_SECTION.storyPartArticles, storyPartArticles),
    ...eventTerms,
  ]);
  return { count: parts.length, part: (n) => parts[n]!(), head };
}

/** Splits a whole index (read by readRecognitionIndex, and best verified first) into its head and parts at once. */
export function splitRecognitionIndex(index: RecognitionIndex, options: Partial<SplitOptions> = {}): SplitIndex {
  const plan = planSplit(index, options);
  return { head: plan.head, parts: Array.from({ length: plan.count }, (_, n) => plan.part(n)) };
}

/** The head of a whole index file's bytes (what `npm run index` writes beside it). */
export function recognitionHead(whole: Uint8Array): Uint8Array {
  return splitRecognitionIndex(readRecognitionIndex(whole.slice())).head;
}
