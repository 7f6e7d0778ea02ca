// A fingerprint part of a paged recognition index: every distinct hash whose low `partBits` bits are the part's
// number, with its postings. Low bits, because winnowing keeps the smallest hash of each window, so hashes crowd the
// low end of the range and parts by top bits would be very unequal; the low bits stay evenly spread. Within the part,
// a hash is stored as its remaining high bits, ascending, in sub-buckets by their top bits; postings as in the whole
// file (runs ended by a clear "more" bit). A fixed layout, read with a handful of typed-array views: a page reads one
// part for each of its few hundred fingerprints, often in code that has not been optimised yet.
//
//   0  magic "PXRF"                 20  u32 distinct hashes (n)
//   4  u32 format version           24  u32 postings (m)
//   8  u32 part number              28  u32 sub-bucket bits (s)
//  12  u32 checksum of the index    32  u32 bytes of a high (2 or 4) << 8 | bytes of a posting (2 or 4)
//      it was split from            36  u32 × (2^s + 1) where each sub-bucket's hashes start; u32 × (2^s + 1) its
//  16  xxHash32 of bytes [20, end)      postings; then n highs, m postings (each padded to 4 bytes), ceil(m / 8) bytes
import { xxhash32 } from '../binary/xxhash32';
import { PAGED_FORMAT } from './paged-format';
import { type BucketTables, postingsInBucket } from './table-lookups';

const MAGIC = 0x46525850; // "PXRF", little-endian
const HEADER = 36;
const pad4 = (n: number) => Math.ceil(n / 4) * 4;

/** The fingerprint part whose number is a hash's low `partBits` bits. */
export function fingerprintPartOf(hash: number, partBits: number): number {
  return partBits === 0 ? 0 : hash & ((1 << partBits) - 1);
}

/** Bytes of a stored high part of a hash: 2 when at most 16 bits are left. */
export function highBytes(partBits: number): 2 | 4 {
  return 32 - partBits <= 16 ? 2 : 4;
}

/** A fingerprint part read: its tables, by sub-bucket. */
export interface FingerprintPart extends BucketTables {
  kind: 'fingerprints';
  /** Bits of a hash that chose the part (its low bits), and top bits of the rest that choose a sub-bucket. */
  partBits: number;
  subBits: number;
}

/** What a part holds before it is written: its highs ascending and, for each, the number of its postings. */
export interface FingerprintPartInput {
  highs: Uint16Array | Uint32Array;
  runs: Uint32Array;
  postings: Uint16Array | Uint32Array;
}

/** The bytes of fingerprint part `number` of the index `source` (split with `partBits`). */
export function writeFingerprintPart(
  number: number,
  source: number,
  partBits: number,
  input: FingerprintPartInput,
): Uint8Array {
  const { highs, runs, postings } = input;
  const n = highs.length;
  const m = postings.length;
  const highBits = 32 - partBits;
  // Sub-buckets of about 16 hashes, so a lookup searches and walks a few entries.
  const subBits = Math.max(0, Math.min(12, highBits, Math.floor(Math.log2(Math.max(1, n) / 16))));
  const buckets = 2 ** subBits;
  const hashStarts = new Uint32Array(buckets + 1);
  const postingStarts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const sub = subBits === 0 ? 0 : highs[i]! >>> (highBits - subBits);
    hashStarts[sub + 1]!++;
    postingStarts[sub + 1]! += runs[i]!;
  }
  for (let b = 1; b <= buckets; b++) {
    hashStarts[b]! += hashStarts[b - 1]!;
    postingStarts[b]! += postingStarts[b - 1]!;
  }
  const more = new Uint8Array(Math.ceil(m / 8));
  for (let i = 0, p = 0; i < n; i++) {
    for (let r = 1; r < runs[i]!; r++, p++) more[p >>> 3]! |= 1 << (p & 7);
    p++;
  }
  const lowsAt = HEADER + 8 * (buckets + 1);
  const postsAt = lowsAt + pad4(highs.byteLength);
  const moreAt = postsAt + pad4(postings.byteLength);
  const out = new Uint8Array(moreAt + pad4(more.length));
  const words = new Uint32Array(out.buffer, 0, lowsAt / 4);
  words.set([
    MAGIC,
    PAGED_FORMAT,
    number,
    source,
    0,
    n,
    m,
    subBits,
    (highs.BYTES_PER_ELEMENT << 8) | postings.BYTES_PER_ELEMENT,
  ]);
  words.set(hashStarts, 9);
  words.set(postingStarts, 10 + buckets);
  out.set(new Uint8Array(highs.buffer, highs.byteOffset, highs.byteLength), lowsAt);
  out.set(new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength), postsAt);
  out.set(more, moreAt);
  words[4] = xxhash32(out.subarray(20));
  return out;
}

/**
 * Reads fingerprint part `number` of the index `source` (split with `partBits`); throws an Error saying why it
 * cannot be used (damaged, another part, another index). Every table's size is checked; lookups in it stay inside
 * them whatever they hold.
 */
export function readFingerprintPart(
  input: Uint8Array,
  expected: { number: number; partBits: number; source: number },
): FingerprintPart {
  // Written without destructuring or closures: a page reads a part for each of its fingerprints, mostly before this
  // code is optimised, where each of those costs more than the checks themselves.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.length < HEADER) return failPart('it is too short');
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER / 4);
  if (head[0] !== MAGIC || head[1] !== PAGED_FORMAT) return failPart('it is not a fingerprint part of this format');
  if (head[2] !== expected.number) return failPart(`it is not fingerprint part ${expected.number}`);
  if (head[3] !== expected.source) return failPart('it is a part of another index');
  const n = head[5]!;
  const m = head[6]!;
  const subBits = head[7]!;
  const highSize = head[8]! >>> 8;
  const postSize = head[8]! & 0xff;
  if (subBits > 12 || highSize !== highBytes(expected.partBits) || (postSize !== 2 && postSize !== 4))
    return failPart('its tables are not the sizes the head gives');
  const buckets = 2 ** subBits;
  const highsAt = HEADER + 8 * (buckets + 1);
  const postsAt = highsAt + pad4(n * highSize);
  const moreAt = postsAt + pad4(m * postSize);
  if (bytes.length !== moreAt + pad4(Math.ceil(m / 8))) return failPart('its length is not the size of its tables');
  if (xxhash32(bytes.subarray(20)) !== head[4]) return failPart('its checksum does not match: it is damaged');
  const at = bytes.byteOffset;
  const hashBuckets = new Uint32Array(bytes.buffer, at + HEADER, buckets + 1);
  const postingBuckets = new Uint32Array(bytes.buffer, at + HEADER + 4 * (buckets + 1), buckets + 1);
  if (hashBuckets[0] !== 0 || hashBuckets[buckets] !== n || postingBuckets[0] !== 0 || postingBuckets[buckets] !== m)
    return failPart('its sub-bucket tables do not span its hashes');
  return {
    kind: 'fingerprints',
    partBits: expected.partBits,
    subBits,
    hashBuckets,
    hashLows: tableView(bytes, highSize, highsAt, n),
    postingBuckets,
    postings: tableView(bytes, postSize, postsAt, m),
    postingMore: new Uint8Array(bytes.buffer, at + moreAt, Math.ceil(m / 8)),
  };
}

function failPart(reason: string): never {
  throw new Error(reason);
}

// A table of 2- or 4-byte items at `offset` of the part's bytes.
function tableView(bytes: Uint8Array, size: number, offset: number, count: number): Uint16Array | Uint32Array {
  const at = bytes.byteOffset + offset;
  return size === 2 ? new Uint16Array(bytes.buffer, at, count) : new Uint32Array(bytes.buffer, at, count);
}

/** Article ordinals whose fingerprints include the hash (the part must be the hash's). */
export function postingsInPart(part: FingerprintPart, hash: number): Uint16Array | Uint32Array {
  const high = part.partBits === 0 ? hash >>> 0 : hash >>> part.partBits;
  const highBits = 32 - part.partBits;
  const sub = part.subBits === 0 ? 0 : high >>> (highBits - part.subBits);
  return postingsInBucket(part, sub, high);
}
