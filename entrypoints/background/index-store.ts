// The indexes the background reads pages against: the bundled binary index and the installed packs' indexes, opened
// on the first question and kept while the background lives; a story's file is read only when a page may be one of
// its articles or report it, and cached. Pages are read through the engine's one door (lib/engine/read-page.ts).
// Indexes are paged (lib/recognise/paged-index.ts): a head read at start-up, and the parts a page needs read from
// IndexedDB. The bundled index is read whole only when IndexedDB holds no copy of it yet (after an install or update),
// and then copied there after the answer. A missing or damaged file or part leaves pages unannotated with one
// console.debug line; nothing here ever throws.
import { fileIdentity } from '@/lib/binary/sectioned-file';
import type { PageAnswer } from '@/lib/engine/answer';
import { readPage } from '@/lib/engine/read-page';
import type { IndexSource, StoryEntry } from '@/lib/engine/sources';
import type { PageSnapshot } from '@/lib/extract/page-snapshot';
import type { IndexCopies } from '@/lib/packs/index-copies';
import { packSource } from '@/lib/packs/pack-db';
import type { AnyRecognitionIndex } from '@/lib/recognise/index-lookups';
import { isPagedIndex, openPagedIndex, verifyPagedIndex } from '@/lib/recognise/paged-index';
import { readRecognitionIndex, verifyRecognitionIndex } from '@/lib/recognise/read-index';
import { readStoryEntry } from '@/lib/story/story-file';
import { copyBundled, openBundledCopy } from './bundled-copy';

/** Where the store reads from: the packaged files and IndexedDB (fakes in tests). */
export interface IndexSources {
  /** The whole packaged index: read only when IndexedDB has no copy of it (or none can be used). */
  bundledIndex(): Promise<ArrayBuffer>;
  /** The packaged index's head, read at every start (when absent, the whole file is read and no copy made). */
  bundledHead?(): Promise<ArrayBuffer>;
  /** The text of a bundled story's file. */
  bundledStory(id: string): Promise<string>;
  /** The text of a bundled story's profile (lib/claims/profile-record.ts); without it, profiles are worked out. */
  bundledProfile?(id: string): Promise<string>;
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

const PACK_PREFIX = packSource('');

// Stories kept while the background lives: a reader looks at a few; the bound keeps a long session small.
const STORY_CACHE = 24;

function quiet(message: string, error?: unknown): void {
  console.debug(`Parallax: ${message}`, ...(error === undefined ? [] : [String(error)]));
}

const nameOf = (pack: string) => (pack ? `pack "${pack}"` : 'the bundled index');

/** A lazily loaded set of indexes with a `read()` that never throws. */
export function createIndexStore(
  sources: IndexSources,
  defer: (task: () => void) => void = (task) => setTimeout(task, 0),
) {
  let bundled: Promise<IndexSource | null> | null = null;
  let packs: Promise<IndexSource[]> | null = null;
  let generation = 0;
  const stories = new Map<string, Promise<StoryEntry | null>>();
  // Checksums over whole files run after the answer that needed the index, not before it.
  const checks: (() => Promise<void>)[] = [];

  function checkLater(pack: string, index: AnyRecognitionIndex, drop: () => void, after?: () => Promise<void>): void {
    if (isPagedIndex(index)) {
      // A paged index: its head now (its parts are checked one by one as they are read).
      checks.push(async () => {
        try {
          verifyPagedIndex(index);
        } catch (error) {
          quiet(`${nameOf(pack)} is damaged; its stories will not be recognised.`, error);
          drop();
        }
      });
      return;
    }
    const key = `${pack}:${fileIdentity(index.file)}`;
    checks.push(async () => {
      if (!(await sources.verified?.has(key).catch(() => false))) {
        try {
          verifyRecognitionIndex(index);
          await sources.verified?.add(key).catch(() => undefined);
        } catch (error) {
          quiet(`${nameOf(pack)} is damaged; its stories will not be recognised.`, error);
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

  // A story of one index, read once and kept (the most recently asked last; the oldest dropped past the bound).
  function entry(pack: string, id: string): Promise<StoryEntry | null> {
    const key = `${pack}\u0000${id}`;
    let cached = stories.get(key);
    if (cached) stories.delete(key);
    cached ??= (async () => {
      const text = pack ? await sources.packStory(pack, id) : await sources.bundledStory(id);
      if (text === undefined) throw new Error('not found');
      const read = readStoryEntry(text, id);
      // A bundled story's profile is read only when a page may report the story. A pack has none: it may come from
      // another version of Parallax, whose profile of a story this engine might not make (lib/engine/sources.ts).
      const profile = sources.bundledProfile;
      return pack || !profile ? read : { ...read, profile: async () => JSON.parse(await profile(id)) as unknown };
    })().catch((error: unknown) => {
      quiet(`story "${id}" could not be read; its pages stay unannotated.`, error);
      return null;
    });
    stories.set(key, cached);
    for (const old of stories.keys()) {
      if (stories.size <= STORY_CACHE) break;
      stories.delete(old);
    }
    return cached;
  }

  function source(pack: string, recognition: AnyRecognitionIndex): IndexSource {
    return { pack, recognition, entry: (id) => entry(pack, id) };
  }

  async function loadBundled(): Promise<IndexSource | null> {
    const drop = () => {
      bundled = Promise.resolve(null);
    };
    const copy = await openBundledCopy(sources, quiet, partDamaged);
    if (copy) {
      checkLater('', copy, drop);
      return source('', copy);
    }
    try {
      const index = readRecognitionIndex(await sources.bundledIndex());
      checkLater('', index, drop, () => copyBundled(sources, index, quiet));
      return source('', index);
    } catch (error) {
      quiet('the bundled index could not be read; pages will not be recognised.', error);
      return null;
    }
  }

  async function loadPacks(): Promise<IndexSource[]> {
    const mine = generation;
    let records: { source: string; head: ArrayBuffer }[];
    try {
      records = await sources.copies.heads(PACK_PREFIX);
    } catch (error) {
      quiet('the installed story packs could not be read.', error);
      return [];
    }
    const loaded: IndexSource[] = [];
    for (const { source: name, head } of records) {
      const pack = name.slice(PACK_PREFIX.length);
      try {
        const index = openPagedIndex(head, (parts) => sources.copies.parts(name, parts), {
          onDamage: partDamaged(pack, null),
        });
        const one = source(pack, index);
        checkLater(pack, index, () => {
          if (mine === generation) packs = Promise.resolve(loaded.filter((s) => s !== one));
        });
        loaded.push(one);
      } catch (error) {
        quiet(`pack "${pack}" could not be read; its stories will not be recognised.`, error);
      }
    }
    return loaded;
  }

  return {
    /**
     * Reads a page against every index (the bundled one first, then the packs): an indexed article, a report of an
     * indexed story, or none (lib/engine/read-page.ts).
     */
    async read(page: PageSnapshot): Promise<PageAnswer> {
      bundled ??= loadBundled();
      packs ??= loadPacks();
      const [own, installed] = await Promise.all([bundled, packs]);
      try {
        return await readPage(page, own ? [own, ...installed] : installed, { onProblem: quiet });
      } finally {
        if (checks.length > 0)
          defer(() => void checks.splice(0).reduce((chain, check) => chain.then(check), Promise.resolve()));
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
