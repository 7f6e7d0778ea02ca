// IndexedDB's key ranges as a browser has them (the stores use IDBKeyRange).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openIndexCopies } from '../../../lib/packs/index-copies';
import { packSource } from '../../../lib/packs/pack-db';
import { openPackStore } from '../../../lib/packs/pack-store';
import { readPack } from '../../../lib/packs/read-pack';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { openPagedIndex } from '../../../lib/recognise/paged-index';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { splitRecognitionIndex } from '../../../lib/recognise/split-index';
import { recogniseWhenReady } from '../../../lib/recognise/when-ready';
import { maliStory, packFile } from './helpers';
import { snapshotAt } from '../../../lib/extract/page-snapshot';

const story = maliStory();
const index = readRecognitionIndex(encodeRecognitionIndex([story]));
const cnnPage = snapshotAt('https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html');

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('index copies in IndexedDB', () => {
  test('a copy holds the split index, its head written last; a newer copy replaces the older', async () => {
    const copies = openIndexCopies(new IDBFactory());
    const split = splitRecognitionIndex(index);
    const pauses: number[] = [];
    const head = await copies.copy('bundled:1-2', index, {
      replacing: 'bundled:',
      pause: async () => void pauses.push(1),
    });
    expect(head).toEqual(split.head);
    expect(new Uint8Array((await copies.head('bundled:1-2'))!)).toEqual(split.head);
    const parts = await copies.parts('bundled:1-2', [0, split.parts.length - 1, split.parts.length]);
    expect(parts.map((p) => p && new Uint8Array(p))).toEqual([split.parts[0], split.parts.at(-1), undefined]);
    expect(pauses.length).toBeGreaterThan(0);

    await copies.copy('bundled:3-4', index, { replacing: 'bundled:' });
    expect((await copies.heads('bundled:')).map((h) => h.source)).toEqual(['bundled:3-4']);
    expect(await copies.parts('bundled:1-2', [0])).toEqual([undefined]);
  });

  test('a copy cut short has no head, so it is never used; the next copy goes on from where it stopped', async () => {
    const copies = openIndexCopies(new IDBFactory());
    const split = splitRecognitionIndex(index, { partBytes: 64 });
    let batches = 0;
    const cut = copies.copy('bundled:1-2', index, {
      batchBytes: 1,
      split: { partBytes: 64 },
      pause: async () => {
        if (++batches === 3) throw new Error('the background stopped');
      },
    });
    await expect(cut).rejects.toThrow('the background stopped');
    expect(await copies.head('bundled:1-2')).toBeUndefined();
    expect((await copies.parts('bundled:1-2', [0, 2, 3])).map((p) => p !== undefined)).toEqual([true, true, false]);

    // Another cut copy, of another file: removed when this one goes on.
    await expect(
      copies.copy('bundled:3-4', index, {
        batchBytes: 1,
        pause: async () => Promise.reject(new Error('stopped')),
      }),
    ).rejects.toThrow('stopped');
    let more = 0;
    const head = await copies.copy('bundled:1-2', index, {
      batchBytes: 1,
      split: { partBytes: 64 },
      replacing: 'bundled:',
      pause: async () => void more++,
    });
    expect(head).toEqual(split.head);
    expect(more).toBe(split.parts.length - 3);
    const all = await copies.parts(
      'bundled:1-2',
      split.parts.map((_, n) => n),
    );
    expect(all.map((p) => new Uint8Array(p!))).toEqual(split.parts);
    expect(await copies.parts('bundled:3-4', [0])).toEqual([undefined]);
  });

  test('packs installed by the first version keep working: their whole index is split on the upgrade', async () => {
    const factory = new IDBFactory();
    // The first version's database: packs, stories, and whole recognition indexes.
    const open = factory.open('parallax-packs', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('packs', { keyPath: 'id' });
      db.createObjectStore('indexes', { keyPath: 'pack' });
      db.createObjectStore('stories', { keyPath: ['pack', 'id'] }).createIndex('pack', 'pack');
    };
    const db = await done(open);
    const pack = await readPack(await packFile([story], 'old-pack'));
    const tx = db.transaction(['packs', 'indexes', 'stories'], 'readwrite');
    tx.objectStore('packs').put({ id: 'old-pack', title: 'Old', version: '1', hosts: [], stories: [], manifest: {} });
    tx.objectStore('indexes').put({ pack: 'old-pack', recognition: pack.recognition });
    tx.objectStore('indexes').put({ pack: 'broken-pack', recognition: new ArrayBuffer(64) });
    tx.objectStore('stories').put({ pack: 'old-pack', id: story.id, json: pack.stories[0]!.json });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();

    const store = openPackStore(factory);
    const heads = await store.recognitionHeads();
    expect(heads.map((h) => h.pack)).toEqual(['old-pack']);
    const copies = openIndexCopies(factory);
    const paged = openPagedIndex(heads[0]!.head, (n) => copies.parts(packSource('old-pack'), n));
    expect((await recogniseWhenReady(cnnPage, paged))?.story).toBe(story.id);
    expect(await store.storyFile('old-pack', story.id)).toBe(pack.stories[0]!.json);
    expect((await store.list()).map((p) => p.id)).toEqual(['old-pack']);
  });
});
