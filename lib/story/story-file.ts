// One story's runtime data as a file of its own ({ format, story }): written by the index build and by packs, read
// by the background only when a page matches the story. Named fields, so later formats can add to it.
import type { StorySignature } from './story-signature';
import { canonicalJson } from './canonical-json';
import type { RuntimeStory } from './runtime-types';
import { storyProblem } from './check-runtime-story';

/** Format of the per-story file written, and the formats this code reads. */
export const STORY_FILE_FORMAT = 1;

/** What a per-story file holds. */
export interface StoryFile {
  format: 1;
  story: RuntimeStory;
  /** What event recognition compares a page with (lib/event/signature.ts); absent: the story has no event matches. */
  signature?: StorySignature;
}

/** The file's text for a story (and its event signature): canonical JSON, the same bytes for the same story. */
export function storyFileJson(story: RuntimeStory, signature?: StorySignature): string {
  const file: StoryFile = { format: STORY_FILE_FORMAT, story, ...(signature ? { signature } : {}) };
  return canonicalJson(file);
}

/** A story file that cannot be used, with the reason. */
export class StoryFileError extends Error {
  override name = 'StoryFileError';
}

/**
 * Reads a story file (its text or its parsed value) and checks every field the sidebar and the highlighter read;
 * throws StoryFileError naming the problem, or when the story is not the one expected.
 */
export function readStoryFile(input: string | unknown, expectedId?: string): RuntimeStory {
  return readStoryEntry(input, expectedId).story;
}

/**
 * Reads a story file with its event signature: a missing or malformed signature is null (the story is then found
 * by its articles only), never an error, so a pack written before signatures still works.
 */
export function readStoryEntry(
  input: string | unknown,
  expectedId?: string,
): { story: RuntimeStory; signature: StorySignature | null } {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new StoryFileError(`not valid JSON (${(error as Error).message})`);
    }
  }
  const file = value as Partial<StoryFile> | null;
  if (typeof file !== 'object' || file === null) throw new StoryFileError('not an object');
  if (file.format !== STORY_FILE_FORMAT)
    throw new StoryFileError(`story file format ${String(file.format)} is not one this code reads`);
  const problem = storyProblem(file.story);
  if (problem) throw new StoryFileError(problem);
  const story = file.story as RuntimeStory;
  if (expectedId !== undefined && story.id !== expectedId)
    throw new StoryFileError(`holds story "${story.id}", not "${expectedId}"`);
  return { story, signature: validSignature(file.signature) ? file.signature : null };
}

function validSignature(value: unknown): value is StorySignature {
  const s = value as Partial<StorySignature> | null | undefined;
  return (
    typeof s === 'object' &&
    s !== null &&
    (s.format === 1 || s.format === 2) &&
    Array.isArray(s.names) &&
    s.names.every((n) => typeof n?.name === 'string' && Number.isInteger(n.articles) && n.articles > 0) &&
    typeof s.dates?.start === 'string' &&
    typeof s.dates.end === 'string'
  );
}
