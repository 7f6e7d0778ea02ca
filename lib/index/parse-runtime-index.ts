// Reads the bundled runtime index defensively: a truncated or hand-damaged file is rejected as a whole.
import type { RuntimeIndex } from './runtime-types';

/** Parses and shape-checks the runtime index JSON; throws with a reason when it is not a usable index. */
export function parseRuntimeIndex(json: string): RuntimeIndex {
  const data: unknown = JSON.parse(json);
  if (typeof data !== 'object' || data === null) throw new Error('index is not an object');
  const index = data as Partial<RuntimeIndex>;
  if (index.version !== 1) throw new Error(`unsupported index version ${String(index.version)}`);
  if (!Array.isArray(index.stories)) throw new Error('index has no stories');
  for (const story of index.stories) {
    if (typeof story?.id !== 'string' || !Array.isArray(story.articles) || !Array.isArray(story.facts)) {
      throw new Error('index has a malformed story');
    }
  }
  if (typeof index.recognition !== 'object' || index.recognition === null) {
    throw new Error('index has no recognition data');
  }
  return index as RuntimeIndex;
}
