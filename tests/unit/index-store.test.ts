import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createIndexStore, type IndexSources } from '../../entrypoints/background/index-store';
import { storyFileJson } from '../../lib/story/story-file';
import { encodeRecognitionIndex } from '../../lib/recognise/build-recognition-index';
import type { PageAnswer } from '../../lib/engine/answer';
import type { PageSnapshot } from '../../lib/extract/page-snapshot';
import { maliStory } from './packs/helpers';

const GENERATED = join(import.meta.dirname, '../../public/generated');
const bundled = () => new Uint8Array(readFileSync(join(GENERATED, 'recognition.bin'))).buffer;
const maliFile = readFileSync(join(GENERATED, 'stories/mali-offensive-2013.json'), 'utf8');
const cnnPage: PageSnapshot = {
  url: 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
  canonical: null,
  ogUrl: null,
  jsonLdUrls: [],
  text: '',
  headline: null,
  published: null,
};

/** The story an answer is about: the article's or the reported one's; null for none. */
const storyOf = (answer: PageAnswer) => (answer.kind === 'none' ? null : answer.match.story);
const NONE = { kind: 'none' };

function sources(overrides: Partial<IndexSources> = {}) {
  const s = {
    bundledIndex: vi.fn(async () => bundled()),
    bundledStory: vi.fn(async (id: string) =>
      id === 'mali-offensive-2013' ? maliFile : Promise.reject(new Error('404')),
    ),
    packIndexes: vi.fn(async (): Promise<{ pack: string; recognition: ArrayBuffer }[]> => []),
    packStory: vi.fn(async () => undefined as string | undefined),
    ...overrides,
  };
  return s;
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
    expect(src.packIndexes).toHaveBeenCalledTimes(1);
    expect(src.bundledStory).toHaveBeenCalledTimes(1);
  });

  test('recognises a story that only an installed pack has, and reads it from the pack', async () => {
    const story = { ...maliStory(), id: 'mali-in-a-pack' };
    const recognition = encodeRecognitionIndex([story]).slice().buffer;
    const packIndexes = vi.fn(
      async (): Promise<{ pack: string; recognition: ArrayBuffer }[]> => [{ pack: 'class-pack', recognition }],
    );
    const src = sources({
      bundledIndex: async () => encodeRecognitionIndex([]).slice().buffer,
      packIndexes,
      packStory: vi.fn(async (pack: string, id: string) =>
        pack === 'class-pack' && id === story.id ? storyFileJson(story) : undefined,
      ),
    });
    const store = createIndexStore(src, now);
    const reply = await store.read(cnnPage);
    expect(storyOf(reply)).toBe('mali-in-a-pack');
    expect(reply.kind === 'article' && reply.pack).toBe('class-pack');
    expect(src.packStory).toHaveBeenCalledWith('class-pack', 'mali-in-a-pack');
    // Removed from the options page: the next question reads the packs again and finds none.
    packIndexes.mockResolvedValue([]);
    store.packsChanged();
    expect(await store.read(cnnPage)).toEqual(NONE);
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

  test('a damaged byte deep in the index is found by the checksum after the first answer; recognition then stops', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const damaged = new Uint8Array(bundled());
    damaged[damaged.length - 20]! ^= 0xff;
    let later: (() => void) | null = null;
    const store = createIndexStore(sources({ bundledIndex: async () => damaged.buffer }), (task) => {
      later = task;
    });
    expect(storyOf(await store.read(cnnPage))).toBe('mali-offensive-2013');
    expect(debug).not.toHaveBeenCalled();
    (later as unknown as () => void)();
    await vi.waitFor(() => expect(debug).toHaveBeenCalledOnce());
    expect(await store.read(cnnPage)).toEqual(NONE);
  });

  test('a file verified earlier in the session is not read through again; a new one is, once', async () => {
    const seen = new Set<string>();
    const verified = {
      has: vi.fn(async (k: string) => seen.has(k)),
      add: vi.fn(async (k: string) => void seen.add(k)),
    };
    const tasks: (() => void)[] = [];
    for (let wake = 0; wake < 2; wake++) {
      const store = createIndexStore(sources({ verified }), (task) => void tasks.push(task));
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
