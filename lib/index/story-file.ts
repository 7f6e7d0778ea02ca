// One story's runtime data as a file of its own ({ format, story }): written by the index build and by packs, read
// by the background only when a page matches the story. Named fields, so later formats can add to it.
import { canonicalJson } from './compile-index';
import type { RuntimeStory } from './runtime-types';
import { storyProblem } from './check-runtime-story';

/** Format of the per-story file written, and the formats this code reads. */
export const STORY_FILE_FORMAT = 1;

/** What a per-story file holds. */
export interface StoryFile {
  format: 1;
  story: RuntimeStory;
}

/** The file's text for a story: canonical JSON, the same bytes for the same story. */
export function storyFileJson(story: RuntimeStory): string {
  const file: StoryFile = { format: STORY_FILE_FORMAT, story };
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
  if (file.format !== STORY_FILE_FORMAT) throw new StoryFileError(`story file format ${String(file.format)} is not one this code reads`);
  const problem = storyProblem(file.story);
  if (problem) throw new StoryFileError(problem);
  const story = file.story as RuntimeStory;
  if (expectedId !== undefined && story.id !== expectedId) throw new StoryFileError(`holds story "${story.id}", not "${expectedId}"`);
  return story;
}
