// A recognition index in its paged layout: the head read at start-up, parts read through a callback only when a page
// needs them (IndexedDB records in the browser, ranges of a file in Node), each checked before use (its own checksum,
// and that it is the part asked for, of the index the head was split from) and kept in a bounded cache. Lookups answer from the parts already read and note the ones they lacked;
// ready() reads those and asks again, so an answer is only ever built on every part it needed.
import {
  readSectionedFile,
  type SectionedFile,
  SectionedFileError,
  verifySectionedFile,
} from '../binary/sectioned-file';
import type { FingerprintParams } from '../fingerprint/fingerprint';
import { SECTION } from './index-format';
import type { IndexLookups } from './index-lookups';
import {
  firstPartOf,
  partCountOf,
  HEAD_MAGIC,
  HEAD_SECTION,
  PART_KINDS,
  type PartKind,
  READABLE_PAGED_FORMATS,
  SPLIT_FIELDS,
  type SplitInfo,
} from './paged-format';
import { pagedLookups } from './paged-lookups';
import { type PartView, readPart } from './read-part';

/** Reads parts by number: their bytes, or undefined for a part that is not there. */
export type PartReader = (parts: readonly number[]) => Promise<readonly (ArrayBuffer | Uint8Array | undefined)[]>;

/** How a paged index reports a part it cannot use, and how many bytes of parts it keeps. */
export interface PagedIndexOptions {
  /** Called once for each part that is missing or damaged; pages needing it are then not recognised. */
  onDamage?: (part: number, reason: string) => void;
  /** Bytes of parts kept between pages (8 MB by default); the parts of the page at hand are always kept. */
  cacheBytes?: number;
}

/** A head that cannot be used, with the reason. */
export class PagedIndexError extends Error {
  override name = 'PagedIndexError';
}

/** The head's tables, as views of its bytes. */
export interface PagedHead {
  file: SectionedFile;
  params: FingerprintParams;
  storyCount: number;
  articleCount: number;
  hashCount: number;
  postingCount: number;
  bucketBits: number;
  split: SplitInfo;
  /** The first article ordinal of each story part, and the article count at the end. */
  storyPartArticles: Uint32Array;
  eventTermHashes: Uint32Array;
}

/** A paged recognition index (see openPagedIndex). */
export interface PagedIndex {
  readonly head: PagedHead;
  /** Number of parts. */
  readonly partCount: number;
  /** A fresh set of lookups over the parts read so far; `complete()` tells whether it lacked any. */
  lookups(): IndexLookups;
  /** The part a lookup needs, or null when it is not read yet (noted, for ready()) or cannot be used. */
  part(kind: PartKind, number: number): PartView | null;
  /**
   * Runs `run` (synchronous lookups on this index) until it needed no part it lacked, reading the parts it lacked in
   * between, and returns its last answer. Parts that are missing or damaged are not asked for again: the answer is then
   * built on incomplete lookups, which recognise() and eventCandidates() turn into "nothing".
   */
  ready<T>(run: () => T): Promise<T>;
  /** Parts read so far, and their bytes (for benchmarks). */
  readonly stats: { partsRead: number; bytesRead: number };
}

const made = new WeakSet<object>();

/** Whether a value is a paged index openPagedIndex made. */
export function isPagedIndex(value: unknown): value is PagedIndex {
  return typeof value === 'object' && value !== null && made.has(value);
}

// Enough rounds for the deepest chain of lookups (fingerprints and addresses, then the stories of the articles they
// name); a run that still lacks parts after them answers nothing.
const MAX_ROUNDS = 8;

/**
 * Reads a head and checks its layout in O(sections) (throws PagedIndexError saying why it cannot be used); parts come
 * from `readParts`. Its checksum and tables are checked by verifyPagedIndex, after the first answer.
 */
export function openPagedIndex(
  input: ArrayBuffer | Uint8Array,
  readParts: PartReader,
  options: PagedIndexOptions = {},
): PagedIndex {
  const head = readHead(input);
  const cacheBytes = options.cacheBytes ?? 8 * 2 ** 20;
  const cache = new Map<number, { view: PartView; size: number }>();
  const damaged = new Set<number>();
  let cached = 0;
  let recorder: Set<number> | null = null;
  let active = 0;
  const stats = { partsRead: 0, bytesRead: 0 };
  const partCount = partCountOf(head.split);
  // Where each kind's parts start, worked out once: every lookup and every part read asks.
  const firsts = Object.fromEntries(PART_KINDS.map((k) => [k, firstPartOf(head.split, k)])) as Record<PartKind, number>;
  const kindSizes: Record<PartKind, [number, number]> = {
    fingerprints: [2 ** (head.bucketBits - head.split.fingerprintPartBits), 0],
    addresses: [0, 0],
    terms: [head.split.termsPerPart, head.eventTermHashes.length],
    stories: [head.split.storiesPerPart, head.storyCount],
  };

  function damage(id: number, reason: string): void {
    if (damaged.has(id)) return;
    damaged.add(id);
    options.onDamage?.(id, reason);
  }

  // Written without iterators or destructuring: it runs for each part read, mostly before it is optimised.
  function expectedOf(id: number) {
    let kind: PartKind = PART_KINDS[0];
    for (let k = 1; k < PART_KINDS.length; k++) if (id >= firsts[PART_KINDS[k]!]) kind = PART_KINDS[k]!;
    const number = id - firsts[kind];
    const size = kindSizes[kind][0];
    const total = kindSizes[kind][1];
    // Address parts hold the keys whose hashes fall in their range: as many as the part says.
    const first = kind === 'addresses' ? -1 : number * size;
    const count = kind === 'fingerprints' ? size : kind === 'addresses' ? -1 : Math.min(size, total - first);
    // A story part's articles, from the head's table of where each story part's articles start.
    const articles: [number, number] = [head.storyPartArticles[number] ?? 0, head.storyPartArticles[number + 1] ?? 0];
    return {
      kind,
      number,
      first,
      count,
      bucketBits: head.bucketBits,
      articles,
      source: head.split.sourceChecksum,
      partBits: head.split.fingerprintPartBits,
    };
  }

  async function load(ids: number[]): Promise<void> {
    let found: readonly (ArrayBuffer | Uint8Array | undefined)[];
    try {
      found = await readParts(ids);
    } catch (error) {
      for (const id of ids) damage(id, `it could not be read (${String(error)})`);
      return;
    }
    ids.forEach((id, i) => {
      const raw = found[i];
      if (raw === undefined) {
        damage(id, 'it is missing');
        return;
      }
      const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
      stats.partsRead++;
      stats.bytesRead += bytes.length;
      try {
        cache.set(id, { view: readPart(bytes, expectedOf(id)), size: bytes.length });
        cached += bytes.length;
      } catch (error) {
        damage(id, (error as Error).message);
      }
    });
  }

  // Only between pages: the parts of a page at hand stay until its answer is made.
  function evict(): void {
    for (const [id, entry] of cache) {
      if (cached <= cacheBytes) break;
      cache.delete(id);
      cached -= entry.size;
    }
  }

  const index: PagedIndex = {
    head,
    partCount,
    stats,
    lookups: () => pagedLookups(index),
    part(kind, number) {
      const id = firsts[kind] + number;
      const entry = cache.get(id);
      if (entry) {
        // Most recently used last, so eviction drops the oldest first.
        cache.delete(id);
        cache.set(id, entry);
        return entry.view;
      }
      if (id < partCount && !damaged.has(id)) recorder?.add(id);
      return null;
    },
    async ready<T>(run: () => T): Promise<T> {
      if (active === 0) evict();
      active++;
      try {
        for (let round = 0; ; round++) {
          const wanted = new Set<number>();
          recorder = wanted;
          let answer: T;
          try {
            answer = run();
          } finally {
            recorder = null;
          }
          if (wanted.size === 0 || round >= MAX_ROUNDS) return answer;
          await load([...wanted].sort((a, b) => a - b));
        }
      } finally {
        active--;
      }
    },
  };
  made.add(index);
  return index;
}

/** Reads and checks the head: checksum, every table's size, offsets in order. */
function readHead(input: ArrayBuffer | Uint8Array): PagedHead {
  const fail = (reason: string): never => {
    throw new PagedIndexError(reason);
  };
  try {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const file = readSectionedFile(
      bytes.byteOffset % 8 === 0 ? bytes : bytes.slice(),
      HEAD_MAGIC,
      READABLE_PAGED_FORMATS,
    );
    const u32 = (tag: string, optional = false) => {
      const s = file.sections.get(tag);
      if (!s) return optional ? new Uint32Array(0) : fail(`section ${tag} is missing`);
      if (s.itemSize !== 4) fail(`section ${tag} has ${s.itemSize}-byte items`);
      return new Uint32Array(s.bytes.buffer, s.bytes.byteOffset, s.bytes.length / 4);
    };
    const info = u32(SECTION.info);
    const fields = u32(HEAD_SECTION.split);
    if (info.length < 7 || fields.length < SPLIT_FIELDS.length) fail('section INFO or SPLT is short');
    const [k, w, storyCount, articleCount, hashCount, postingCount, bucketBits] = info as unknown as number[];
    const split = Object.fromEntries(SPLIT_FIELDS.map((f, i) => [f, fields[i]!])) as SplitInfo;
    const head: PagedHead = {
      file,
      params: { k: k!, w: w! },
      storyCount: storyCount!,
      articleCount: articleCount!,
      hashCount: hashCount!,
      postingCount: postingCount!,
      bucketBits: bucketBits!,
      split,
      storyPartArticles: u32(HEAD_SECTION.storyPartArticles),
      eventTermHashes: u32(SECTION.eventTermHashes, true),
    };
    checkHead(head, fail);
    return head;
  } catch (error) {
    if (error instanceof SectionedFileError) throw new PagedIndexError(error.message);
    throw error;
  }
}

// Sizes and counts, in O(1): every lookup stays inside the head's tables whatever their contents.
function checkHead(h: PagedHead, fail: (reason: string) => never): void {
  const s = h.split;
  if (h.params.k < 1 || h.params.w < 1) fail('fingerprint parameters are not usable');
  if (h.bucketBits > 16 || s.fingerprintPartBits > 18) fail('bucket bits are out of range');
  const sizes = [s.termsPerPart, s.storiesPerPart];
  if (sizes.some((n) => n < 1) || s.addressPartBits > 16) fail('a part size is out of range');
  const counts: [number, number][] = [
    [s.fingerprintParts, 2 ** s.fingerprintPartBits],
    [s.addressParts, 2 ** s.addressPartBits],
    [s.termParts, Math.ceil(h.eventTermHashes.length / s.termsPerPart)],
    [s.storyParts, Math.ceil(h.storyCount / s.storiesPerPart)],
  ];
  if (counts.some(([have, want]) => have !== want)) fail('part counts do not fit the tables');
  if (h.storyPartArticles.length !== s.storyParts + 1) fail('the story parts table is not its size');
}

/**
 * Checks the head's checksum and tables' contents (O(head); the parts are checked one by one as they are read);
 * throws PagedIndexError saying why it cannot be used.
 */
export function verifyPagedIndex(index: PagedIndex): void {
  const h = index.head;
  const fail = (reason: string): never => {
    throw new PagedIndexError(reason);
  };
  if (!verifySectionedFile(h.file)) fail('checksum mismatch: the file is damaged');
  const starts = h.storyPartArticles;
  if (starts[0] !== 0 || starts[starts.length - 1] !== h.articleCount) fail('story parts do not span the articles');
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) fail('story parts decrease');
  for (let i = 1; i < h.eventTermHashes.length; i++)
    if (h.eventTermHashes[i]! <= h.eventTermHashes[i - 1]!) fail(`section ${SECTION.eventTermHashes} is not ascending`);
}
