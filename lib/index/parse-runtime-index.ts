// Reads the bundled runtime index defensively: a truncated or hand-damaged file is rejected as a whole.
import { isRecognitionIndex, type RecognitionIndex } from '../recognise/index-format';
import type { RuntimeIndex } from './runtime-types';

/** The runtime index with its recognition data checked and typed. */
export type ParsedRuntimeIndex = RuntimeIndex & { recognition: RecognitionIndex };

/** Parses and shape-checks the runtime index JSON; throws with a reason when it is not a usable index. */
export function parseRuntimeIndex(json: string): ParsedRuntimeIndex {
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
  if (!isRecognitionIndex(index.recognition)) throw new Error('index has no readable recognition data');
  return index as ParsedRuntimeIndex;
}
