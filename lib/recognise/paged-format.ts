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
  /** u32 × 12: see SPLIT_FIELDS. */
  split: 'SPLT',
  /** u32 × (parts + 1): where each part starts when the parts are laid end to end (a disk file; lengths in IndexedDB). */
  partOffsets: 'PDOF',
  /** u32 per part: xxHash32 of the part's bytes. */
  partChecksums: 'PDCK',
} as const;

/** The fields of SPLT, in order. */
export const SPLIT_FIELDS = [
  'fingerprintPartBits',
  'addressPartBits',
  'termsPerPart',
  'articlesPerPart',
  'storiesPerPart',
  'fingerprintParts',
  'addressParts',
  'termParts',
  'articleParts',
  'storyParts',
  'sourceLength',
  'sourceChecksum',
  'addressCount',
] as const;

/** How a head splits its index, as SPLT holds it. */
export type SplitInfo = Record<(typeof SPLIT_FIELDS)[number], number>;

/** The kinds of part, in the order their numbers follow each other. */
export const PART_KINDS = ['fingerprints', 'addresses', 'terms', 'articles', 'stories'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/**
 * A part's own section: u32 × 3, its kind (index in PART_KINDS), its number within its kind and its first item (bucket,
 * address key, event term, article or story).
 */
export const PART_SECTION = 'PART';

/** The number of the first part of a kind. */
export function firstPartOf(split: SplitInfo, kind: PartKind): number {
  const counts = [split.fingerprintParts, split.addressParts, split.termParts, split.articleParts, split.storyParts];
  let first = 0;
  for (let k = 0; k < PART_KINDS.indexOf(kind); k++) first += counts[k]!;
  return first;
}
