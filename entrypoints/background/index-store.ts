// Recognition for the background: the bundled binary index and the installed packs' indexes, opened on the first
// question and kept while the background lives; a story's data is read only when a page matches it, and cached.
// Indexes are paged (lib/recognise/paged-index.ts): a head read at start-up, and the parts a page needs read from
// IndexedDB. The bundled index is read whole only when IndexedDB holds no copy of it yet (after an install or update),
// and then copied there after the answer. A missing or damaged file or part leaves pages unannotated with one
// console.debug line; nothing here ever throws.
import { eventCandidates } from '@/lib/event/candidates';
import { readEventPage, type SignedEntry } from '@/lib/event/read-event-page';
import type { StorySignature } from '@/lib/event/signature';
import type { PageMeta } from '@/lib/extract/page-meta';
import type { RuntimeStory } from '@/lib/story/runtime-types';
import { readStoryEntry } from '@/lib/story/story-file';
import type { ContentToBackgroundReplies } from '@/lib/messages';
import type { RecognitionIndex } from '@/lib/recognise/index-format';
import type { AnyRecognitionIndex } from '@/lib/recognise/index-lookups';
import { isPagedIndex, openPagedIndex, verifyPagedIndex } from '@/lib/recognise/paged-index';
import { readRecognitionIndex, verifyRecognitionIndex } from '@/lib/recognise/read-index';
import { recognise } from '@/lib/recognise/recognise';
import type { Match } from '@/lib/recognise/types';
import { whenReady } from '@/lib/recognise/when-ready';
import type { IndexCopies } from '@/lib/packs/index-copies';
import { copyBundled, openBundledCopy } from './bundled-copy';
import { packSource } from '@/lib/packs/pack-db';
import type { PageSnapshot } from '@/lib/extract/page-snapshot';

/** Where the store reads from: the packaged files and IndexedDB (fakes in tests). */
export interface IndexSources {
  /** The whole packaged index: read only when IndexedDB has no copy of it (or none can be used). */
  bundledIndex(): Promise<ArrayBuffer>;
  /** The packaged index's head, read at every start (when absent, the whole file is read and no copy made). */
  bundledHead?(): Promise<ArrayBuffer>;
  /** The text of a bundled story's file. */
  bundledStory(id: string): Promise<string>;
  /** The split indexes in IndexedDB: every installed pack's, and the copy of the bundled one. */
  copies: Pick<IndexCopies, 'head' | 'heads' | 'parts' | 'copy' | 'remove'>;
  /** Keeps the background alive while the bundled index is copied (bundled-copy.ts). */
  keepAlive?(): Promise<unknown>;
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
  index: AnyRecognitionIndex;
}

const PACK_PREFIX = packSource('');

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

  const nameOf = (pack: string) => (pack ? `pack "${pack}"` : 'the bundled index');

  function checkLater(source: Source, drop: () => void, after?: () => Promise<void>): void {
    const { index } = source;
    if (isPagedIndex(index)) {
      // A paged index: its head now (its parts are checked one by one as they are read).
      checks.push(async () => {
        try {
          verifyPagedIndex(index);
        } catch (error) {
          quiet(`${nameOf(source.pack)} is damaged; its stories will not be recognised.`, error);
          drop();
        }
      });
      return;
    }
    const header = new DataView(index.file.bytes.buffer, index.file.bytes.byteOffset, 16);
    const key = `${source.pack}:${header.getUint32(12, true)}:${header.getUint32(8, true)}`;
    checks.push(async () => {
      if (!(await sources.verified?.has(key).catch(() => false))) {
        try {
          verifyRecognitionIndex(index);
          await sources.verified?.add(key).catch(() => undefined);
        } catch (error) {
          quiet(`${nameOf(source.pack)} is damaged; its stories will not be recognised.`, error);
          drop();
          return;
        }
      }
      await after?.();
    });
  }

  // A part of a paged index that is missing or damaged: pages that need it stay unannotated. A damaged part of the
  // bundled index's copy also drops the copy, so the next start reads the packaged file and copies it again.
  function partDamaged(pack: string, copy: string | null): (part: number, reason: string) => void {
    return (part: number, reason: string) => {
      quiet(`part ${part} of ${nameOf(pack)} cannot be used (${reason}); pages that need it stay unannotated.`);
      if (copy) void sources.copies.remove(copy).catch(() => undefined);
    };
  }

  async function loadBundled(): Promise<Source | null> {
    const copy = await openBundledCopy(sources, quiet, partDamaged);
    if (copy) {
      const source = { pack: '', index: copy };
      checkLater(source, () => {
        bundled = Promise.resolve(null);
      });
      return source;
    }
    try {
      const index = readRecognitionIndex(await sources.bundledIndex());
      const source = { pack: '', index };
      checkLater(
        source,
        () => {
          bundled = Promise.resolve(null);
        },
        () => copyBundled(sources, index, quiet),
      );
      return source;
    } catch (error) {
      quiet('the bundled index could not be read; pages will not be recognised.', error);
      return null;
    }
  }

  async function loadPacks(): Promise<Source[]> {
    const mine = generation;
    let records: { source: string; head: ArrayBuffer }[];
    try {
      records = await sources.copies.heads(PACK_PREFIX);
    } catch (error) {
      quiet('the installed story packs could not be read.', error);
      return [];
    }
    const loaded: Source[] = [];
    for (const { source: name, head } of records) {
      const pack = name.slice(PACK_PREFIX.length);
      try {
        const index = openPagedIndex(head, (parts) => sources.copies.parts(name, parts), {
          onDamage: partDamaged(pack, null),
        });
        const source = { pack, index };
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

  async function best(page: PageSnapshot, all: Source[]): Promise<{ match: Match; source: Source } | null> {
    let found: { match: Match; source: Source } | null = null;
    for (const source of all) {
      let match: Match | null = null;
      try {
        match = await whenReady(source.index, () => recognise(page, source.index));
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
        candidates = await whenReady(source.index, () => eventCandidates(source.index, page.text));
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
        const found = await best(page, all);
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
