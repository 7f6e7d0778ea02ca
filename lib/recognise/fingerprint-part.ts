// A fingerprint part of a paged recognition index: the fingerprint tables of a run of buckets, in a fixed layout read
// with a handful of typed-array views. A page reads one for each of its few hundred fingerprints, often in code that
// has not been optimised yet, so it costs less to read than the sectioned file the other parts are (read-part.ts).
//
//   0  magic "PXRF"                 20  u32 distinct hashes (n)
//   4  u32 format version           24  u32 postings (m)
//   8  u32 part number              28  u32 buckets (b)
//  12  u32 checksum of the index    32  u32 bytes of a low hash (2 or 4) << 8 | bytes of a posting (2 or 4)
//      it was split from            36  u32 × (b + 1) where each bucket's hashes start; u32 × (b + 1) its postings
//  16  xxHash32 of bytes [20, end)      then n lows, m postings (each padded to 4 bytes), ceil(m / 8) "more" bytes
import { xxhash32 } from '../binary/xxhash32';
import { PAGED_FORMAT } from './paged-format';
import type { BucketTables } from './table-lookups';

const MAGIC = 0x46525850; // "PXRF", little-endian
const HEADER = 36;
const pad4 = (n: number) => Math.ceil(n / 4) * 4;

/** Fingerprint tables of a run of buckets. */
export interface FingerprintPart extends BucketTables {
  kind: 'fingerprints';
  /** The run's first bucket. */
  first: number;
}

/** The bytes of fingerprint part `number` (its first bucket is the caller's to know), of the index `source`. */
export function writeFingerprintPart(number: number, source: number, tables: BucketTables): Uint8Array {
  const { hashBuckets, hashLows, postingBuckets, postings, postingMore } = tables;
  const buckets = hashBuckets.length - 1;
  const lows = pad4(hashLows.byteLength);
  const posts = pad4(postings.byteLength);
  const out = new Uint8Array(HEADER + 8 * (buckets + 1) + lows + posts + pad4(postingMore.length));
  const words = new Uint32Array(out.buffer, 0, HEADER / 4 + 2 * (buckets + 1));
  words.set([MAGIC, PAGED_FORMAT, number, source, 0, hashLows.length, postings.length, buckets]);
  words[8] = (hashLows.BYTES_PER_ELEMENT << 8) | postings.BYTES_PER_ELEMENT;
  words.set(hashBuckets, 9);
  words.set(postingBuckets, 10 + buckets);
  let at = HEADER + 8 * (buckets + 1);
  out.set(new Uint8Array(hashLows.buffer, hashLows.byteOffset, hashLows.byteLength), at);
  at += lows;
  out.set(new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength), at);
  at += posts;
  out.set(postingMore, at);
  words[4] = xxhash32(out.subarray(20));
  return out;
}

/**
 * Reads fingerprint part `number` of the index `source`, whose first bucket is `first` and which holds `buckets`
 * buckets with low hashes of `lowBytes` bytes; throws an Error saying why it cannot be used (damaged, another part,
 * another index). Every table's size is checked; lookups in it stay inside them whatever they hold.
 */
export function readFingerprintPart(
  input: Uint8Array,
  expected: { number: number; first: number; buckets: number; lowBytes: number; source: number },
): FingerprintPart {
  const fail = (reason: string): never => {
    throw new Error(reason);
  };
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.length < HEADER) fail('it is too short');
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER / 4);
  if (head[0] !== MAGIC || head[1] !== PAGED_FORMAT) fail('it is not a fingerprint part of this format');
  if (head[2] !== expected.number) fail(`it is not fingerprint part ${expected.number}`);
  if (head[3] !== expected.source) fail('it is a part of another index');
  const [n, m, b, sizes] = [head[5]!, head[6]!, head[7]!, head[8]!];
  const [lowBytes, postBytes] = [sizes >>> 8, sizes & 0xff];
  if (b !== expected.buckets || lowBytes !== expected.lowBytes || (postBytes !== 2 && postBytes !== 4))
    fail('its tables are not the sizes the head gives');
  const lowsAt = HEADER + 8 * (b + 1);
  const postsAt = lowsAt + pad4(n * lowBytes);
  const moreAt = postsAt + pad4(m * postBytes);
  if (bytes.length !== moreAt + pad4(Math.ceil(m / 8))) fail('its length is not the size of its tables');
  if (xxhash32(bytes.subarray(20)) !== head[4]) fail('its checksum does not match: it is damaged');
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER, 2 * (b + 1));
  const hashBuckets = offsets.subarray(0, b + 1);
  const postingBuckets = offsets.subarray(b + 1);
  if (hashBuckets[0] !== 0 || hashBuckets[b] !== n || postingBuckets[0] !== 0 || postingBuckets[b] !== m)
    fail('its bucket tables do not span its hashes');
  const at = bytes.byteOffset;
  return {
    kind: 'fingerprints',
    first: expected.first,
    hashBuckets,
    hashLows:
      lowBytes === 2 ? new Uint16Array(bytes.buffer, at + lowsAt, n) : new Uint32Array(bytes.buffer, at + lowsAt, n),
    postingBuckets,
    postings:
      postBytes === 2 ? new Uint16Array(bytes.buffer, at + postsAt, m) : new Uint32Array(bytes.buffer, at + postsAt, m),
    postingMore: new Uint8Array(bytes.buffer, at + moreAt, Math.ceil(m / 8)),
  };
}
