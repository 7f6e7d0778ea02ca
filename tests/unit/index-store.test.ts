// IndexedDB's key ranges as a browser has them (the stores use IDBKeyRange).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createIndexStore, type IndexSources } from '../../entrypoints/background/index-store';
import type { PageAnswer } from '../../lib/engine/answer';
import { type PageSnapshot, snapshotAt } from '../../lib/extract/page-snapshot';
import { type IndexCopies, openIndexCopies } from '../../lib/packs/index-copies';
import { openPackStore } from '../../lib/packs/pack-store';
import { readPack } from '../../lib/packs/read-pack';
import { encodeRecognitionIndex } from '../../lib/recognise/build-recognition-index';
import { maliStory, packFile } from './packs/helpers';
import { storyProfile } from '../../lib/claims/fact-profile';
import { profileRecord } from '../../lib/claims/profile-record';
import { readStoryEntry } from '../../lib/story/story-file';

const GENERATED = join(import.meta.dirname, '../../public/generated');
const bundled = () => new Uint8Array(readFileSync(join(GENERATED, 'recognition.bin'))).buffer;
const bundledHead = () => new Uint8Array(readFileSync(join(GENERATED, 'recognition-head.bin'))).buffer;
const maliFile = readFileSync(join(GENERATED, 'stories/mali-offensive-2013.json'), 'utf8');
const cnnPage = snapshotAt('https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html');

/** The story an answer is about: the article's or the reported one's; null for none. */
const storyOf = (answer: PageAnswer) => (answer.kind === 'none' ? null : answer.match.story);
const NONE = { kind: 'none' };

// Written for the tests: another outlet's report of the story, on a site Parallax does not index.
const report: PageSnapshot = {
  url: 'https://www.harbourwire.example/2013/02/06/mali-toll',
  canonical: null,
  ogUrl: null,
  jsonLdUrls: [],
  text: `PARIS, Feb 6 (Harbour Wire) - French forces in Mali have killed hundreds of Islamist fighters since the intervention began, Defence Minister Jean-Yves Le Drian said on Tuesday.

About 4,000 French troops are now in the country, Le Drian told BFM TV, and France will begin to pull them out in March if all goes to plan.

Some 3,800 African troops have also deployed, Foreign Minister Laurent Fabius said in an interview with the daily Metro.`,
  headline: 'France says its Mali campaign has killed hundreds of militants',
  published: '2013-02-06',
};

/** IndexedDB's index copies, with each call counted. */
function countedCopies(copies: IndexCopies = openIndexCopies(new IDBFactory())) {
  return {
    head: vi.fn((source: string) => copies.head(source)),
    heads: vi.fn((prefix: string) => copies.heads(prefix)),
    parts: vi.fn((source: string, numbers: readonly number[]) => copies.parts(source, numbers)),
    copy: vi.fn(copies.copy),
    remove: vi.fn((source: string) => copies.remove(source)),
  };
}

function sources(overrides: Partial<IndexSources> = {}) {
  const s = {
    bundledIndex: vi.fn(async () => bundled()),
    bundledHead: vi.fn(async () => bundledHead()),
    bundledStory: vi.fn(async (id: string) =>
      id === 'mali-offensive-2013' ? maliFile : Promise.reject(new Error('404')),
    ),
    copies: countedCopies(),
    packStory: vi.fn(async () => undefined as string | undefined),
    ...overrides,
  };
  return s;
}

/** Runs deferred work (checks, the copy into IndexedDB) and waits for the copy of the bundled index to be there. */
async function copied(copies: ReturnType<typeof countedCopies>): Promise<void> {
  await vi.waitFor(async () => expect((await copies.heads('bundled:')).length).toBe(1), { timeout: 10_000 });
}

const now = (task: () => void) => task();
afterEach(() => vi.restoreAllMocks());

describe('the background index store', () => {
  test('loads the indexes once, reads a story only when a page matches it, and keeps it', async () => {
    const src = sources();
    const store = createIndexStore(src, now);
    const other = await store.read({ ...cnnPage, url: 'https://www.example.org/' });
    expect(other).toEqual(NONE);
    expect(src.bundledStory).not.toHaveBeenCalled();
    const first = await store.read(cnnPage);
    const second = await store.read(cnnPage);
    expect(first.kind).toBe('article');
    expect(storyOf(first)).toBe('mali-offensive-2013');
    expect(first.kind === 'article' ? first.story.facts.length : 0).toBeGreaterThan(10);
    expect(second).toEqual(first);
    expect(src.bundledIndex).toHaveBeenCalledTimes(1);
    expect(src.copies.heads).toHaveBeenCalledTimes(1);
    expect(src.bundledStory).toHaveBeenCalledTimes(1);
  });

  test('copies the bundled index into IndexedDB after the first answer; later starts read its head and parts', async () => {
    const copies = countedCopies();
    const first = createIndexStore(sources({ copies }), now);
    const want = await first.read(cnnPage);
    const wantEvent = await first.read(report);
    expect(wantEvent.kind).toBe('event');
    await copied(copies);
    for (let wake = 0; wake < 2; wake++) {
      const src = sources({ copies });
      const store = createIndexStore(src, now);
      expect(await store.read(cnnPage)).toEqual(want);
      expect(await store.read(report)).toEqual(wantEvent);
      expect(await store.read({ ...cnnPage, url: 'https://www.example.org/' })).toEqual(NONE);
      expect(src.bundledIndex).not.toHaveBeenCalled();
      expect(src.bundledHead).toHaveBeenCalledOnce();
    }
    expect(copies.copy).toHaveBeenCalledOnce();
    expect(copies.parts).toHaveBeenCalled();
  });

  test('a copy that is not of the packaged file is not used: the packaged file is read, and copied again', async () => {
    const copies = countedCopies();
    await createIndexStore(sources({ copies }), now).read(cnnPage);
    await copied(copies);
    const { source } = (await copies.heads('bundled:'))[0]!;
    // The same name, another head: as if the copy were of another build.
    const other = sources({
      copies: { ...copies, head: vi.fn(async (s: string) => (s === source ? new ArrayBuffer(328) : copies.head(s))) },
    });
    expect(storyOf(await createIndexStore(other, now).read(cnnPage))).toBe('mali-offensive-2013');
    expect(other.bundledIndex).toHaveBeenCalledOnce();
  });

  test('a damaged part of the copy leaves the page unannotated, says so once, and drops the copy', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const copies = countedCopies();
    await createIndexStore(sources({ copies }), now).read(cnnPage);
    await copied(copies);
    const damagedParts = vi.fn(async (source: string, numbers: readonly number[]) =>
      (await copies.parts(source, numbers)).map((bytes) => {
        const changed = new Uint8Array(bytes!.slice(0));
        changed[changed.length - 1]! ^= 1;
        return changed.buffer;
      }),
    );
    const src = sources({ copies: { ...copies, parts: damagedParts } });
    const store = createIndexStore(src, now);
    expect(await store.read(cnnPage)).toEqual(NONE);
    expect(await store.read(cnnPage)).toEqual(NONE);
    expect(debug.mock.calls.length).toBeGreaterThan(0);
    expect(new Set(debug.mock.calls.map((c) => c[0])).size).toBe(debug.mock.calls.length);
    await vi.waitFor(() => expect(copies.remove).toHaveBeenCalled());
    // The next start reads the packaged file again and answers.
    expect(storyOf(await createIndexStore(sources({ copies }), now).read(cnnPage))).toBe('mali-offensive-2013');
  });

  test('recognises a story that only an installed pack has, and reads it from the pack', async () => {
    const story = { ...maliStory(), id: 'mali-in-a-pack' };
    const factory = new IDBFactory();
    const packs = openPackStore(factory);
    await packs.add(await readPack(await packFile([story], 'class-pack')));
    const src = sources({
      bundledIndex: async () => encodeRecognitionIndex([]).slice().buffer,
      bundledHead: undefined,
      copies: countedCopies(openIndexCopies(factory)),
      packStory: vi.fn((pack: string, id: string) => packs.storyFile(pack, id)),
    });
    const store = createIndexStore(src, now);
    const reply = await store.read(cnnPage);
    expect(storyOf(reply)).toBe('mali-in-a-pack');
    expect(reply.kind === 'article' && reply.pack).toBe('class-pack');
    expect(src.packStory).toHaveBeenCalledWith('class-pack', 'mali-in-a-pack');
    // Removed from the options page: the next question reads the packs again and finds none.
    await packs.remove('class-pack');
    store.packsChanged();
    expect(await store.read(cnnPage)).toEqual(NONE);
  });

  test('a damaged part of a pack leaves the pages that need it unannotated, with one debug line', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const factory = new IDBFactory();
    const packs = openPackStore(factory);
    await packs.add(await readPack(await packFile([{ ...maliStory(), id: 'mali-in-a-pack' }], 'class-pack')));
    const copies = openIndexCopies(factory);
    const src = sources({
      bundledIndex: async () => encodeRecognitionIndex([]).slice().buffer,
      bundledHead: undefined,
      copies: { ...countedCopies(copies), parts: async () => [] },
      packStory: (pack: string, id: string) => packs.storyFile(pack, id),
    });
    const store = createIndexStore(src, now);
    expect(await store.read(cnnPage)).toEqual(NONE);
    expect(await store.read(cnnPage)).toEqual(NONE);
    expect(debug.mock.calls.length).toBeGreaterThan(0);
    expect(new Set(debug.mock.calls.map((c) => c[0])).size).toBe(debug.mock.calls.length);
  });

  test.each([
    ['a truncated index file', async () => bundled().slice(0, 200)],
    [
      'another format',
      async () => {
        const bytes = new Uint8Array(bundled());
        new DataView(bytes.buffer).setUint16(4, 9, true);
        return bytes.buffer;
      },
    ],
    ['a missing index file', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s turns recognition off quietly, with one debug line', async (_name, bundledIndex) => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const store = createIndexStore(sources({ bundledIndex }), now);
    await expect(store.read(cnnPage)).resolves.toEqual(NONE);
    await expect(store.read(cnnPage)).resolves.toEqual(NONE);
    expect(debug).toHaveBeenCalledOnce();
  });

  test('a damaged byte deep in the packaged index is found by its checksum after the first answer; recognition then stops, and nothing is copied', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const damaged = new Uint8Array(bundled());
    damaged[damaged.length - 20]! ^= 0xff;
    let later: (() => void) | null = null;
    const src = sources({ bundledIndex: async () => damaged.buffer });
    const store = createIndexStore(src, (task) => {
      later = task;
    });
    expect(storyOf(await store.read(cnnPage))).toBe('mali-offensive-2013');
    expect(debug).not.toHaveBeenCalled();
    (later as unknown as () => void)();
    await vi.waitFor(() => expect(debug).toHaveBeenCalledOnce());
    expect(await store.read(cnnPage)).toEqual(NONE);
    expect(await src.copies.heads('bundled:')).toEqual([]);
  });

  test('without a packaged head, the whole file is read at every start and verified once a session', async () => {
    const seen = new Set<string>();
    const verified = {
      has: vi.fn(async (k: string) => seen.has(k)),
      add: vi.fn(async (k: string) => void seen.add(k)),
    };
    const tasks: (() => void)[] = [];
    for (let wake = 0; wake < 2; wake++) {
      const store = createIndexStore(sources({ verified, bundledHead: undefined }), (task) => void tasks.push(task));
      await store.read(cnnPage);
      for (const task of tasks.splice(0)) task();
      await vi.waitFor(() => expect(verified.has).toHaveBeenCalledTimes(wake + 1));
    }
    await vi.waitFor(() => expect(verified.add).toHaveBeenCalledOnce());
  });

  test('a damaged story file leaves the page unannotated', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const store = createIndexStore(sources({ bundledStory: async () => maliFile.slice(0, 500) }), now);
    expect(await store.read(cnnPage)).toEqual(NONE);
    expect(debug).toHaveBeenCalledOnce();
  });

  test('a report of the story in other words is an event match, with its figures', async () => {
    const store = createIndexStore(sources(), now);
    const answer = await store.read(report);
    expect(answer.kind).toBe('event');
    expect(storyOf(answer)).toBe('mali-offensive-2013');
    expect(answer.kind === 'event' && answer.story.id).toBe('mali-offensive-2013');
    expect(answer.kind === 'event' && answer.figures.some((f) => f.fact === 'french-troops-in-mali')).toBe(true);
    // The same words a year later are another story: no event.
    expect(await store.read({ ...report, published: '2014-02-06' })).toEqual(NONE);
  });

  test("a bundled story's profile is read when a page may report it, and only then", async () => {
    // A profile that keeps the facts but none of their exemplars or words: no figure of the report fits a fact.
    const hollow = () => {
      const profile = profileRecord(storyProfile(readStoryEntry(maliFile).story));
      const facts = profile.facts.map((f) => ({ ...f, exemplars: [], label: [], labelNames: [], places: [] }));
      return JSON.stringify({ ...profile, facts });
    };
    const bundledProfile = vi.fn(async () => hollow());
    const store = createIndexStore(sources({ bundledProfile }), now);
    expect((await store.read(cnnPage)).kind).toBe('article');
    expect(bundledProfile).not.toHaveBeenCalled();
    expect(await store.read(report)).toEqual(NONE);
    expect(bundledProfile).toHaveBeenCalledOnce();
    await store.read(report);
    expect(bundledProfile).toHaveBeenCalledOnce();
  });

  test.each([
    ['missing', async () => Promise.reject(new Error('404'))],
    ['not JSON', async () => '{"format": 1, "facts": ['],
    ['another format', async () => '{"format": 99}'],
  ])("a bundled story's profile that is %s is worked out from the story instead", async (_name, bundledProfile) => {
    const store = createIndexStore(sources({ bundledProfile }), now);
    const answer = await store.read(report);
    expect(storyOf(answer)).toBe('mali-offensive-2013');
    expect(answer.kind === 'event' && answer.figures.some((f) => f.fact === 'french-troops-in-mali')).toBe(true);
  });

  test('an indexed article is that article, never also an event; an ordinary page is nothing', async () => {
    const store = createIndexStore(sources(), now);
    const article = await store.read({ ...cnnPage, text: report.text });
    expect(article.kind).toBe('article');
    expect(storyOf(article)).toBe('mali-offensive-2013');
    const ordinary = await store.read({
      ...report,
      url: 'https://www.example.org/rates',
      text: 'The central bank held its rate at 2 per cent on Wednesday.',
    });
    expect(ordinary).toEqual(NONE);
  });
});
