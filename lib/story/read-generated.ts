// Reads a generated index folder from disk (tools, benchmarks and tests in Node; the extension fetches the same
// files): the bundled stories through catalog.json and their story files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from './catalog';
import { GENERATED, profileFilePath, storyFilePath } from './generated-layout';
import type { RuntimeStory } from './runtime-types';
import type { StorySignature } from './story-signature';
import { readStoryEntry } from './story-file';

/** Every story of a generated folder, in catalog order; throws naming the file that is missing or unreadable. */
export function readGeneratedStories(dir: string): RuntimeStory[] {
  return readGeneratedEntries(dir).map((e) => e.story);
}

/**
 * Every story of a generated folder with its event signature (null when its file has none) and a reader of its
 * profile's file (which throws when there is none or it is no JSON: the engine then works the profile out), in
 * catalog order.
 */
export function readGeneratedEntries(
  dir: string,
): { story: RuntimeStory; signature: StorySignature | null; profile(): unknown }[] {
  const catalogPath = join(dir, GENERATED.catalog);
  if (!existsSync(catalogPath)) throw new Error(`${catalogPath} is missing: run \`npm run index\``);
  const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as Catalog;
  return catalog.stories.map((entry) => {
    const path = join(dir, storyFilePath(entry.id));
    try {
      const profile = () => JSON.parse(readFileSync(join(dir, profileFilePath(entry.id)), 'utf8')) as unknown;
      return { ...readStoryEntry(readFileSync(path, 'utf8'), entry.id), profile };
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
  });
}

/** The recognition index file's bytes in a buffer of their own (aligned for typed-array views). */
export function readGeneratedRecognition(dir: string): ArrayBuffer {
  const path = join(dir, GENERATED.recognition);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run index\``);
  return new Uint8Array(readFileSync(path)).buffer;
}
