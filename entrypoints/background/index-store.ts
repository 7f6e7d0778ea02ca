// Recognition for the background: the bundled binary index and the installed packs' indexes, loaded on the first
// question and kept while the background lives; a story's data is read only when a page matches it, and cached.
// A missing or damaged file leaves pages unannotated with one console.debug line; nothing here ever throws.
import { eventCandidates } from '@/lib/event/candidates';
import { readEventPage, type SignedEntry } from '@/lib/event/read-event-page';
import type { StorySignature } from '@/lib/event/signature';
import type { PageMeta } from '@/lib/extract/page-meta';
import type { RuntimeStory } from '@/lib/story/runtime-types';
import { readStoryEntry } from '@/lib/story/story-file';
import type { ContentToBackgroundReplies } from '@/lib/messages';
import type { RecognitionIndex } from '@/lib/recognise/index-format';
import { readRecognitionIndex, verifyRecognitionIndex } from '@/lib/recognise/read-index';
import { recognise } from '@/lib/recognise/recognise';
import type { Match } from '@/lib/recognise/types';
import type { PageSnapshot } from '@/lib/extract/page-snapshot';

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

/** A story as its file holds it: the story and its event signature (null: no event matches for it). */
interface Entry {
  story: RuntimeStory;
  signature: StorySignature | null;
}

/** One index and where its stories come from ('' for the bundled one, else the pack id). */
interface Source {
  pack: string;
  index: RecognitionIndex;
}

const NO_META: PageMeta = { headline: null, published: null };

// Stories kept while the background lives: a reader looks at a few; the bound keeps a long session small.
const STORY_CACHE = 24;

/** A lazily loaded set of indexes with a recognise() that never throws. */
export function createIndexStore(
  sources: IndexSources,
  defer: (task: () => void) => void = (task) => setTimeout(task, 0),
) {
  let bundled: Promise<Source | null> | null = null;
  let packs: Promise<Source[]> | null = null;
  let generation = 0;
  const stories = new Map<string, Promise<Entry | null>>();
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
        quiet(
          `${source.pack ? `pack "${source.pack}"` : 'the bundled index'} is damaged; its stories will not be recognised.`,
          error,
        );
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

  function story(source: Source, id: string): Promise<Entry | null> {
    const key = `${source.pack}\u0000${id}`;
    let cached = stories.get(key);
    if (cached) stories.delete(key);
    cached ??= (async () => {
      try {
        const text = source.pack ? await sources.packStory(source.pack, id) : await sources.bundledStory(id);
        if (text === undefined) throw new Error('not found');
        return readStoryEntry(text, id);
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

  // The stories a page that is no indexed article may report: candidates by the words it names, then aligned with
  // the page's headline and date, which are read from the page only now.
  async function event(
    page: PageSnapshot,
    all: Source[],
    meta: () => Promise<PageMeta>,
  ): Promise<ContentToBackgroundReplies['recognise']> {
    if (page.text === '') return { match: null };
    const entries: SignedEntry[] = [];
    for (const source of all) {
      let candidates: { story: string }[] = [];
      try {
        candidates = eventCandidates(source.index, page.text);
      } catch (error) {
        quiet('the event lookup failed on this page.', error);
      }
      for (const candidate of candidates) {
        const entry = await story(source, candidate.story);
        if (entry?.signature) entries.push({ story: entry.story, signature: entry.signature });
      }
    }
    if (entries.length === 0) return { match: null };
    try {
      const { headline, published } =
        page.headline !== undefined
          ? { headline: page.headline, published: page.published ?? null }
          : await meta().catch(() => ({ headline: null, published: null }));
      const found = readEventPage({ text: page.text, headline, published }, entries);
      return found ? { match: null, event: found } : { match: null };
    } catch (error) {
      quiet('event recognition failed on this page.', error);
      return { match: null };
    }
  }

  return {
    /**
     * Recognises a page against every index: an indexed article (which always wins), else a report of an indexed
     * story (`event`), else `{ match: null }`. `meta` reads the page's headline and date, asked only for a page that
     * names enough of a story's words (when the snapshot does not carry them).
     */
    async recognise(
      page: PageSnapshot,
      meta: () => Promise<PageMeta> = async () => NO_META,
    ): Promise<ContentToBackgroundReplies['recognise']> {
      bundled ??= loadBundled();
      packs ??= loadPacks();
      const [own, installed] = await Promise.all([bundled, packs]);
      const all = own ? [own, ...installed] : installed;
      try {
        const found = best(page, all);
        const data = found ? await story(found.source, found.match.story) : null;
        if (found && data) return { match: found.match, story: data.story };
        return await event(page, all, meta);
      } finally {
        if (checks.length > 0)
          defer(() => void checks.splice(0).reduce((chain, check) => chain.then(check), Promise.resolve()));
      }
    },
    /**
     * Forgets the installed packs and their stories (a pack was added or removed): the next question reads them
     * again.
     */
    packsChanged(): void {
      generation++;
      packs = null;
      for (const key of [...stories.keys()]) if (!key.startsWith('\u0000')) stories.delete(key);
    },
  };
}
