// IndexedDB's key ranges as a browser has them (the stores use IDBKeyRange).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openPackStore } from '../../../lib/packs/pack-store';
import { readPack } from '../../../lib/packs/read-pack';
import { maliStory, packFile } from './helpers';

const story = maliStory();
const other = { ...story, id: 'mali-other-copy', title: 'Another copy' };

describe('the pack store', () => {
  test('adds, lists, serves indexes and story files, replaces a newer version, removes', async () => {
    const store = openPackStore(new IDBFactory());
    expect(await store.list()).toEqual([]);
    await store.add(await readPack(await packFile([story], 'teacher-pack', '1')));
    const [installed] = await store.list();
    expect(installed).toMatchObject({
      id: 'teacher-pack',
      version: '1',
      hosts: ['www.astroawani.com', 'www.cnn.com', 'www.france24.com', 'www.pri.org'],
    });
    expect(installed!.stories).toEqual([
      expect.objectContaining({
        id: story.id,
        facts: story.facts.length,
        source: { kind: 'pack', pack: 'teacher-pack' },
      }),
    ]);
    expect((await store.recognitionHeads()).map((i) => [i.pack, i.head.byteLength > 0])).toEqual([
      ['teacher-pack', true],
    ]);
    expect(JSON.parse((await store.storyFile('teacher-pack', story.id))!).story.id).toBe(story.id);

    // Version 2 drops the Mali story for another one: nothing of version 1 is left.
    await store.add(await readPack(await packFile([other], 'teacher-pack', '2')));
    expect((await store.list()).map((p) => [p.id, p.version, p.stories.map((s) => s.id)])).toEqual([
      ['teacher-pack', '2', ['mali-other-copy']],
    ]);
    expect(await store.storyFile('teacher-pack', story.id)).toBeUndefined();
    expect(await store.catalog()).toEqual([expect.objectContaining({ id: 'mali-other-copy' })]);

    expect(await store.remove('teacher-pack')).toBe(true);
    expect(await store.remove('teacher-pack')).toBe(false);
    expect(await store.list()).toEqual([]);
    expect(await store.recognitionHeads()).toEqual([]);
    expect(await store.storyFile('teacher-pack', 'mali-other-copy')).toBeUndefined();
  });
});
