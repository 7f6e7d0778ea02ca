// Recognition for the background: the bundled binary index and the installed packs' indexes, loaded on the first
// question and kept while the background lives; a story's data is read only when a page matches it, and cached.
// A missing or damaged file leaves pages unannotated with one console.debug line; nothing here ever throws.
import type { RuntimeStory } from '@/lib/index/runtime-types';
import { readStoryFile } from '@/lib/index/story-file';
import type { ContentToBackgroundReplies } from '@/lib/messages';
import type { RecognitionIndex } from '@/lib/recognise/index-format';
import { readRecognitionIndex, verifyRecognitionIndex } from '@/lib/recognise/read-index';
import { recognise } from '@/lib/recognise/recognise';
import type { Match, PageSnapshot } from '@/lib/recognise/types';

/** Where the store reads from: the packaged files and the pack store (fakes in tests). */
export interface IndexSources {
  bundledIndex(): Promise<ArrayBuffer>;
  /** The text of a bundled story's file. */
  bundledStory(id: string): Promise<string>;
  packIndexes(): Promise<{ pack: string; recognition: ArrayBuffer }[]>;
  /** The text of a pack story's file, or undefined. */
  packStory(pack: string, id: string): Promise<string | undefined>;
  /**
   * Files already verified in this browser session (by checksum and length), so a service worker woken again does
   * not read every byte again; without it every load is verified.
   */
  verified?: { has(key: string): Promise<boolean>; add(key: string): Promise<void> };
}

/** One index and where its stories come from ('' for the bundled one, else the pack id). */
interface Source {
  pack: string;
  index: RecognitionIndex;
}

// Stories kept while the background lives: a reader looks at a few; the bound keeps a long session small.
const STORY_CACHE = 24;

/** A lazily loaded set of indexes with a recognise() that never throws. */
export function createIndexStore(sources: IndexSources, defer: (task: () => void) => void = (task) => setTimeout(task, 0)) {
  let bundled: Promise<Source | null> | null = null;
  let packs: Promise<Source[]> | null = null;
  let generation = 0;
  const stories = new Map<string, Promise<RuntimeStory | null>>();
  // Checksums over whole files run after the answer that needed the index, not before it.
  const checks: (() => Promise<void>)[] = [];

  function quiet(message: string, error?: unknown): void {
    console.debug(`Parallax: ${message}`, ...(error === undefined ? [] : [String(error)]));
  }

  function checkLater(source: Source, drop: () => void): void {
    const header = new DataView(source.index.file.bytes.buffer, source.index.file.bytes.byteOffset, 16);
    const key = `${source.pack}:${header.getUint32(12, true)}:${header.getUint32(8, true)}`;
    checks.push(async () => {
      if (await sources.verified?.has(key).catch(() => false)) return;
      try {
        verifyRecognitionIndex(source.index);
        await sources.verified?.add(key).catch(() => undefined);
      } catch (error) {
        quiet(`${source.pack ? `pack "${source.pack}"` : 'the bundled index'} is damaged; its stories will not be recognised.`, error);
        drop();
      }
    });
  }

  async function loadBundled(): Promise<Source | null> {
    try {
      const source = { pack: '', index: readRecognitionIndex(await sources.bundledIndex()) };
      checkLater(source, () => {
        bundled = Promise.resolve(null);
      });
      return source;
    } catch (error) {
      quiet('the bundled index could not be read; pages will not be recognised.', error);
      return null;
    }
  }

  async function loadPacks(): Promise<Source[]> {
    const mine = generation;
    let records: { pack: string; recognition: ArrayBuffer }[];
    try {
      records = await sources.packIndexes();
    } catch (error) {
      quiet('the installed story packs could not be read.', error);
      return [];
    }
    const loaded: Source[] = [];
    for (const { pack, recognition } of records) {
      try {
        const source = { pack, index: readRecognitionIndex(recognition) };
        checkLater(source, () => {
          if (mine === generation) packs = Promise.resolve(loaded.filter((s) => s !== source));
        });
        loaded.push(source);
      } catch (error) {
        quiet(`pack "${pack}" could not be read; its stories will not be recognised.`, error);
      }
    }
    return loaded;
  }

  function story(source: Source, id: string): Promise<RuntimeStory | null> {
    const key = `${source.pack}\u0000${id}`;
    let cached = stories.get(key);
    if (cached) stories.delete(key);
    cached ??= (async () => {
      try {
        const text = source.pack ? await sources.packStory(source.pack, id) : await sources.bundledStory(id);
        if (text === undefined) throw new Error('not found');
        return readStoryFile(text, id);
      } catch (error) {
        quiet(`story "${id}" could not be read; its pages stay unannotated.`, error);
        return null;
      }
    })();
    stories.set(key, cached);
    for (const old of stories.keys()) {
      if (stories.size <= STORY_CACHE) break;
      stories.delete(old);
    }
    return cached;
  }

  function best(page: PageSnapshot, all: Source[]): { match: Match; source: Source } | null {
    let found: { match: Match; source: Source } | null = null;
    for (const source of all) {
      let match: Match | null = null;
      try {
        match = recognise(page, source.index);
      } catch (error) {
        quiet('recognition failed on this page.', error);
      }
      // The bundled index comes first and wins a tie.
      if (match && (!found || match.score > found.match.score)) found = { match, source };
    }
    return found;
  }

  return {
    /** Recognises a page against every index; `{ match: null }` when it is not an indexed article. */
    async recognise(page: PageSnapshot): Promise<ContentToBackgroundReplies['recognise']> {
      bundled ??= loadBundled();
      packs ??= loadPacks();
      const [own, installed] = await Promise.all([bundled, packs]);
      try {
        const found = best(page, own ? [own, ...installed] : installed);
        const data = found ? await story(found.source, found.match.story) : null;
        return found && data ? { match: found.match, story: data } : { match: null };
      } finally {
        if (checks.length > 0) defer(() => void checks.splice(0).reduce((chain, check) => chain.then(check), Promise.resolve()));
      }
    },
    /** Forgets the installed packs and their stories (a pack was added or removed): the next question reads them again. */
    packsChanged(): void {
      generation++;
      packs = null;
      for (const key of [...stories.keys()]) if (!key.startsWith('\u0000')) stories.delete(key);
    },
  };
}
