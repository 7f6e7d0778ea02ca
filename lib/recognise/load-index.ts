// Turns the serialised recognition index into typed arrays for fast lookups; done once per index object.
import type { RecognitionArticle, RecognitionIndex } from './index-format';

/** The recognition index ready for lookups. */
export interface LoadedIndex {
  source: RecognitionIndex;
  articles: RecognitionArticle[];
  /** Distinct hashes, ascending. */
  hashes: Uint32Array;
  /** Postings of hash i are postings[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Revision group → article ordinals in the group. */
  groups: Map<string, number[]>;
}

const cache = new WeakMap<RecognitionIndex, LoadedIndex>();

/** Decodes (and caches) a serialised recognition index. */
export function loadIndex(index: RecognitionIndex): LoadedIndex {
  const cached = cache.get(index);
  if (cached) return cached;
  const n = index.hashes.length;
  const hashes = new Uint32Array(n);
  let running = 0;
  for (let i = 0; i < n; i++) {
    running += index.hashes[i] as number;
    hashes[i] = running;
  }
  const sizes = new Uint32Array(n).fill(1);
  let pair = 0;
  for (let j = 0; j + 1 < index.counts.length; j += 2) {
    pair += index.counts[j] as number;
    sizes[pair] = index.counts[j + 1] as number;
  }
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (sizes[i] as number);
  const groups = new Map<string, number[]>();
  index.articles.forEach((article, ordinal) => {
    const group = article[2];
    if (group === null) return;
    const members = groups.get(`${article[0]}\u0000${group}`) ?? [];
    members.push(ordinal);
    groups.set(`${article[0]}\u0000${group}`, members);
  });
  const loaded: LoadedIndex = {
    source: index,
    articles: index.articles,
    hashes,
    offsets,
    postings: Uint32Array.from(index.postings),
    groups,
  };
  cache.set(index, loaded);
  return loaded;
}

/** Key of an article's revision group in LoadedIndex.groups, or null when it has none. */
export function groupKey(article: RecognitionArticle): string | null {
  return article[2] === null ? null : `${article[0]}\u0000${article[2]}`;
}

/** Article ordinals whose fingerprints include the hash (empty when none). */
export function postingsOf(loaded: LoadedIndex, hash: number): Uint32Array {
  let lo = 0;
  let hi = loaded.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = loaded.hashes[mid] as number;
    if (value === hash) return loaded.postings.subarray(loaded.offsets[mid], loaded.offsets[mid + 1]);
    if (value < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}

const EMPTY = new Uint32Array(0);
