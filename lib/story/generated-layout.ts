// Where `npm run index` puts its output inside public/generated/ (and so inside the packaged extension): the
// one contract between the build, the background, the tools and the tests about file names.

/** Folder of the generated files, relative to the repository (and, without `public/`, to the package root). */
export const GENERATED_DIR = 'public/generated';

/** Files under GENERATED_DIR. */
export const GENERATED = {
  /** The binary recognition index (lib/recognise/index-format.ts), whole: read once to copy it into IndexedDB. */
  recognition: 'recognition.bin',
  /** Its head (lib/recognise/paged-format.ts), read at start-up; the parts it names come from IndexedDB. */
  recognitionHead: 'recognition-head.bin',
  /** Every bundled story's catalog entry (catalog.ts); never read by the background at start-up. */
  catalog: 'catalog.json',
  /** Host names of every article address, read by wxt.config.ts for the manifest's matches. */
  hosts: 'hosts.json',
  /** Folder of the per-story files, read only when a page matches that story. */
  stories: 'stories',
} as const;

/** Path of a story's file under GENERATED_DIR (story ids are lower-case words joined by "-"). */
export function storyFilePath(storyId: string): string {
  return `${GENERATED.stories}/${storyId}.json`;
}

/**
 * Path of a story's profile under GENERATED_DIR: what the engine learns from the story's reviewed claims
 * (lib/claims/profile-record.ts), read when a page may report the story or a tool asks for an article's detail, never
 * for the extension's answer on one of its articles.
 */
export function profileFilePath(storyId: string): string {
  return `${GENERATED.stories}/${storyId}.profile.json`;
}
