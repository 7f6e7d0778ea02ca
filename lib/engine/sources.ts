// The indexes a reader has (the bundled one and each installed pack), as the engine reads them: a recognition index
// (whole, or paged: a head with parts read when a page needs them) and its stories, read on demand. The background
// reads them from the package and IndexedDB; tools from disk.
import { signStory } from '../event/sign-story';
import { encodeRecognitionIndex } from '../recognise/build-recognition-index';
import type { AnyRecognitionIndex } from '../recognise/index-lookups';
import { readRecognitionIndex } from '../recognise/read-index';
import type { RuntimeStory } from '../story/runtime-types';
import type { StorySignature } from '../story/story-signature';

/** A story as its file holds it: the story and its event signature (null: no event matches for it). */
export interface StoryEntry {
  story: RuntimeStory;
  signature: StorySignature | null;
  /**
   * Reads the profile the index build worked out for the story (lib/claims/profile-record.ts), the first time a page
   * may report it; the engine checks it, and works the profile out from the story when there is none, it cannot be
   * read, or it is refused. Only an index built with this engine gives one: a pack written by another version of
   * Parallax could hold a profile this engine would not have made.
   */
  profile?(): unknown;
}

/** One index: its recognition data and a reader of its stories. */
export interface IndexSource {
  /** '' for the bundled index, else the pack's id. */
  pack: string;
  /** A whole index, or a paged one whose parts the door reads before answering (lib/recognise/when-ready.ts). */
  recognition: AnyRecognitionIndex;
  /** The story with this id, or null when it cannot be read. */
  entry(id: string): StoryEntry | null | Promise<StoryEntry | null>;
}

/** An index whose stories are all at hand (tools, tests, benchmarks). */
export function memorySource(recognition: AnyRecognitionIndex, entries: readonly StoryEntry[], pack = ''): IndexSource {
  const byId = new Map(entries.map((e) => [e.story.id, e]));
  return { pack, recognition, entry: (id) => byId.get(id) ?? null };
}

/**
 * An index made in memory from runtime stories, signed for event matches as the index build signs them: the
 * evaluations and tests read texts against reviewed data without writing a generated folder.
 */
export function storiesSource(stories: readonly RuntimeStory[], pack = ''): IndexSource {
  const signed = stories.map(signStory);
  const recognition = readRecognitionIndex(
    encodeRecognitionIndex(signed.map((s) => ({ ...s.story, eventTerms: s.terms }))),
  );
  return memorySource(
    recognition,
    signed.map((s) => ({ story: s.story, signature: s.signature })),
    pack,
  );
}
