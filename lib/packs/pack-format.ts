// A story pack: the runtime data of a few stories, shared as one file (made by `npm run pack`, added in the
// options page). The file is gzip over a sectioned file (lib/binary/sectioned-file.ts) holding a JSON manifest
// (versions, SHA-256 digests), the stories' recognition index and one story file per story.

/** Magic tag of the container inside the gzip stream. */
export const PACK_MAGIC = 'PXPK';
/** Container format written, and the formats this code reads. */
export const PACK_FORMAT = 1;
export const READABLE_PACK_FORMATS = [1] as const;
/** File name ending of a pack. */
export const PACK_EXTENSION = '.parallax-pack';

/** Section tags of the container. */
export const PACK_SECTION = {
  /** The manifest, UTF-8 JSON. */
  manifest: 'MANI',
  /** The stories' recognition index file (lib/recognise/index-format.ts). */
  recognition: 'RIDX',
  /** String table: each story's file (lib/story/story-file.ts), in the manifest's story order. */
  stories: 'STRY',
} as const;

/** Largest pack file accepted, and the most it may unpack to: a pack is a few stories, not an archive of the web. */
export const MAX_PACK_BYTES = 64 * 2 ** 20;
export const MAX_UNPACKED_BYTES = 256 * 2 ** 20;

/** What the manifest says about one story of the pack. */
export interface PackStoryEntry {
  id: string;
  title: string;
  /** Length in bytes and SHA-256 (hex) of the story's file. */
  bytes: number;
  sha256: string;
}

/** The pack's manifest. */
export interface PackManifest {
  format: 1;
  /** The pack's id: adding a pack with the id of an installed one replaces it (a newer version). */
  id: string;
  title: string;
  /** The author's version of the pack ("1", "2026-03-01"). */
  version: string;
  /** Formats of the recognition index and of the story files inside. */
  indexFormat: number;
  storyFormat: number;
  recognition: { bytes: number; sha256: string };
  stories: PackStoryEntry[];
  /** Host names of every article address of the pack's stories, sorted. */
  hosts: string[];
}
