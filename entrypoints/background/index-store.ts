// Loads the bundled index once and answers recognition requests; a missing or corrupt index turns recognition
// off quietly instead of breaking anything.
import type { RuntimeStory } from '@/lib/index/runtime-types';
import type { ContentToBackgroundReplies } from '@/lib/messages';
import { recognise } from '@/lib/recognise/recognise';
import type { PageSnapshot } from '@/lib/recognise/types';
import { parseRuntimeIndex, type ParsedRuntimeIndex } from '@/lib/index/parse-runtime-index';

interface LoadedIndex {
  index: ParsedRuntimeIndex;
  stories: Map<string, RuntimeStory>;
}

/** A lazily loaded index with a recognise() that never throws. */
export function createIndexStore(fetchIndex: () => Promise<Response>) {
  let loading: Promise<LoadedIndex | null> | null = null;

  async function load(): Promise<LoadedIndex | null> {
    try {
      const response = await fetchIndex();
      const index = parseRuntimeIndex(await response.text());
      return { index, stories: new Map(index.stories.map((s) => [s.id, s])) };
    } catch (error) {
      console.warn('Parallax: the bundled index could not be read; pages will not be recognised.', error);
      return null;
    }
  }

  return {
    /** Recognises a page against the index; `{ match: null }` when it is not an indexed article. */
    async recognise(page: PageSnapshot): Promise<ContentToBackgroundReplies['recognise']> {
      loading ??= load();
      const loaded = await loading;
      if (!loaded) return { match: null };
      const match = recognise(page, loaded.index.recognition);
      const story = match ? loaded.stories.get(match.story) : undefined;
      return match && story ? { match, story } : { match: null };
    },
  };
}
