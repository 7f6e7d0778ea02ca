// The paged layout of a recognition index: a small first file (the head) and parts read only when a page needs them.
// Both are sectioned files (lib/binary/sectioned-file.ts) made from a whole index by split-index.ts; paged-index.ts
// reads them. lib/recognise/README.md describes every section.

/** Magic tag of the head and of a part. */
export const HEAD_MAGIC = 'PXRH';
export const PART_MAGIC = 'PXRP';
/** Format version written, and the versions this code reads. */
export const PAGED_FORMAT = 1;
export const READABLE_PAGED_FORMATS = [1] as const;

/** Sections of the head besides INFO and EVHS, which keep their meaning from the whole index. */
export const HEAD_SECTION = {
  /** u32 × (story parts + 1): the first article ordinal of each story part (articles are stored story by story). */
  storyPartArticles: 'SPAR',
  /** u32 × 12: see SPLIT_FIELDS. */
  split: 'SPLT',
} as const;

/** The fields of SPLT, in order. */
export const SPLIT_FIELDS = [
  'fingerprintPartBits',
  'addressPartBits',
  'termsPerPart',
  'storiesPerPart',
  'fingerprintParts',
  'addressParts',
  'termParts',
  'storyParts',
  'sourceLength',
  'sourceChecksum',
  'addressCount',
] as const;

/** How a head splits its index, as SPLT holds it. */
export type SplitInfo = Record<(typeof SPLIT_FIELDS)[number], number>;

/** The kinds of part, in the order their numbers follow each other. */
export const PART_KINDS = ['fingerprints', 'addresses', 'terms', 'stories'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/**
 * A part's own section: u32 × 4, its kind (index in PART_KINDS), its number within its kind, its first item (bucket,
 * address key, event term or story; a story part holds its stories' articles too) and the checksum of the whole index
 * it was split from (the head's sourceChecksum), so a part of another index is never used. The part's own header holds
 * the checksum of its bytes.
 */
export const PART_SECTION = 'PART';

/** The number of parts. */
export function partCountOf(split: SplitInfo): number {
  return split.fingerprintParts + split.addressParts + split.termParts + split.storyParts;
}

/** The number of the first part of a kind. */
export function firstPartOf(split: SplitInfo, kind: PartKind): number {
  const counts = [split.fingerprintParts, split.addressParts, split.termParts, split.storyParts];
  let first = 0;
  for (let k = 0; k < PART_KINDS.indexOf(kind); k++) first += counts[k]!;
  return first;
}
