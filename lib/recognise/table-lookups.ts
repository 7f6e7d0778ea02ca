// Lookups in the recognition index's tables, shared by the whole index and by its parts: a hash's postings in a run
// of buckets, and a row among hashes sorted ascending. Every read is bounded by its table, whatever the bytes hold.

/** An empty result, shared. */
export const EMPTY = new Uint32Array(0);

/** The first position in [lo, hi) of an ascending array whose value is not below `value` (hi when none). */
export function lowerBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fingerprint tables of a run of buckets (all of them in a whole index, a range of them in a part). */
export interface BucketTables {
  /** Where each bucket of the run starts in hashLows (one more entry than buckets). */
  hashBuckets: Uint32Array;
  /** Low 16 bits (16 bucket bits) or whole hashes (fewer), ascending within each bucket. */
  hashLows: Uint16Array | Uint32Array;
  /** Where each bucket's postings start in postings (one more entry than buckets). */
  postingBuckets: Uint32Array;
  postings: Uint16Array | Uint32Array;
  /** One bit per posting: set when the next posting belongs to the same hash. */
  postingMore: Uint8Array;
}

/** The bucket of a hash: its top `bits` bits. */
export function bucketOf(hash: number, bits: number): number {
  return bits === 0 ? 0 : hash >>> (32 - bits);
}

/**
 * Article ordinals whose fingerprints include the hash, from tables whose first bucket is `firstBucket` (empty when
 * none, or when the hash's bucket is not in the run).
 */
export function postingsInBuckets(
  tables: BucketTables,
  bucketBits: number,
  firstBucket: number,
  hash: number,
): Uint16Array | Uint32Array {
  return postingsInBucket(
    tables,
    bucketOf(hash, bucketBits) - firstBucket,
    bucketBits === 16 ? hash & 0xffff : hash >>> 0,
  );
}

/** Article ordinals of the entry `value` of bucket `bucket` of the tables (empty when it has none). */
export function postingsInBucket(tables: BucketTables, bucket: number, value: number): Uint16Array | Uint32Array {
  if (bucket < 0 || bucket + 1 >= tables.hashBuckets.length) return EMPTY;
  const first = tables.hashBuckets[bucket]!;
  let lo = first;
  // Bounded by the table's real length, so even a damaged bucket table keeps every read inside its section.
  let hi = Math.min(tables.hashBuckets[bucket + 1]!, tables.hashLows.length) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const found = tables.hashLows[mid]!;
    if (found < value) lo = mid + 1;
    else if (found > value) hi = mid - 1;
    else return postingsAt(tables, bucket, mid - first);
  }
  return EMPTY;
}

// The postings of the n-th hash of a bucket: skip n runs of postings (each ends at a clear "more" bit).
function postingsAt(tables: BucketTables, bucket: number, n: number): Uint16Array | Uint32Array {
  const more = tables.postingMore;
  const end = Math.min(tables.postingBuckets[bucket + 1]!, tables.postings.length, more.length * 8);
  let p = tables.postingBuckets[bucket]!;
  for (let skip = n; skip > 0 && p < end; p++) if (((more[p >>> 3]! >>> (p & 7)) & 1) === 0) skip--;
  let last = p;
  while (last < end && ((more[last >>> 3]! >>> (last & 7)) & 1) === 1) last++;
  return p < end ? tables.postings.subarray(p, Math.min(last + 1, end)) : EMPTY;
}

/** The values of row `row` of an offsets table over values (empty when the row is out of range). */
export function rowOf(offsets: Uint32Array, values: Uint32Array, row: number): Uint32Array {
  if (!(row >= 0 && row + 1 < offsets.length)) return EMPTY;
  // Bounded by the values' real length, so a damaged offset table keeps every read inside it.
  const end = Math.min(offsets[row + 1]!, values.length);
  return values.subarray(Math.min(offsets[row]!, end), end);
}
