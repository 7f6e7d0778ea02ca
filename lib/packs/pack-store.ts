// Installed story packs, kept in the extension's IndexedDB (pack-db.ts): each pack's manifest and catalog entries,
// its recognition index split into a head and parts (index-copies.ts), and its story files. Adding or removing a pack
// is one transaction: a pack is there whole or not at all. Used by the options page (add, list, remove) and the
// background (heads, parts and stories).
import { readRecognitionIndex } from '../recognise/read-index';
import { splitRecognitionIndex } from '../recognise/split-index';
import { type CatalogEntry, catalogEntry } from '../story/catalog';
import { deleteSplit, putSplit } from './index-copies';
import { committed, done, HEADS, lazyDatabase, openPackDb, PACKS, PARTS, packSource, STORIES } from './pack-db';
import type { PackManifest } from './pack-format';
import type { ReadPack } from './read-pack';

/** An installed pack as lists show it. */
export interface InstalledPack {
  id: string;
  title: string;
  version: string;
  hosts: string[];
  /** Catalog entries of its stories (source: this pack). */
  stories: CatalogEntry[];
}

interface PackRecord extends InstalledPack {
  manifest: PackManifest;
}

/** The installed packs. */
export interface PackStore {
  list(): Promise<InstalledPack[]>;
  /** Every installed pack's recognition index head (its parts: IndexCopies.parts(packSource(pack), …)). */
  recognitionHeads(): Promise<{ pack: string; head: ArrayBuffer }[]>;
  /** The text of an installed story's file, or undefined. */
  storyFile(pack: string, storyId: string): Promise<string | undefined>;
  /** Installs a checked pack, replacing an installed pack of the same id. */
  add(pack: ReadPack): Promise<void>;
  /** Removes a pack and its stories; false when it was not installed. */
  remove(id: string): Promise<boolean>;
  /** Catalog entries of every installed pack's stories. */
  catalog(): Promise<CatalogEntry[]>;
}

/** The pack store in the given IndexedDB (the extension's own `indexedDB`; a fake in tests). */
export function openPackStore(factory: IDBFactory): PackStore {
  const database = lazyDatabase(() => openPackDb(factory));

  async function read<T>(store: string, get: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const tx = (await database()).transaction(store, 'readonly');
    return done(get(tx.objectStore(store)));
  }

  const summary = ({ id, title, version, hosts, stories }: PackRecord): InstalledPack => ({
    id,
    title,
    version,
    hosts,
    stories,
  });

  return {
    async list() {
      return ((await read(PACKS, (s) => s.getAll())) as PackRecord[]).map(summary);
    },
    async recognitionHeads() {
      const prefix = packSource('');
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const tx = (await database()).transaction(HEADS, 'readonly');
      const [keys, heads] = await Promise.all([
        done(tx.objectStore(HEADS).getAllKeys(range)),
        done(tx.objectStore(HEADS).getAll(range)),
      ]);
      return keys.map((key, i) => ({ pack: (key as string).slice(prefix.length), head: heads[i] as ArrayBuffer }));
    },
    async storyFile(pack, storyId) {
      const record = (await read(STORIES, (s) => s.get([pack, storyId]))) as { json: string } | undefined;
      return record?.json;
    },
    async add(pack) {
      const { manifest } = pack;
      const record: PackRecord = {
        id: manifest.id,
        title: manifest.title,
        version: manifest.version,
        hosts: [...manifest.hosts],
        stories: pack.stories.map(({ story }) => catalogEntry(story, { kind: 'pack', pack: manifest.id })),
        manifest,
      };
      // Split before the transaction opens (a transaction must not wait on other work); readPack checked it whole.
      const split = splitRecognitionIndex(readRecognitionIndex(pack.recognition));
      const tx = (await database()).transaction([PACKS, HEADS, PARTS, STORIES], 'readwrite');
      const finished = committed(tx);
      const stories = tx.objectStore(STORIES);
      // An earlier version of the same pack goes in the same transaction as the new one arrives.
      stories.index('pack').openKeyCursor(manifest.id).onsuccess = function () {
        const cursor = this.result;
        if (cursor) {
          stories.delete(cursor.primaryKey);
          cursor.continue();
          return;
        }
        for (const { story, json } of pack.stories) stories.put({ pack: manifest.id, id: story.id, json });
      };
      tx.objectStore(PACKS).put(record);
      deleteSplit(tx, packSource(manifest.id));
      putSplit(tx, packSource(manifest.id), split);
      await finished;
    },
    async remove(id) {
      const tx = (await database()).transaction([PACKS, HEADS, PARTS, STORIES], 'readwrite');
      const finished = committed(tx);
      const existing = done(tx.objectStore(PACKS).getKey(id));
      tx.objectStore(PACKS).delete(id);
      deleteSplit(tx, packSource(id));
      const stories = tx.objectStore(STORIES);
      stories.index('pack').openKeyCursor(id).onsuccess = function () {
        const cursor = this.result;
        if (!cursor) return;
        stories.delete(cursor.primaryKey);
        cursor.continue();
      };
      await finished;
      return (await existing) !== undefined;
    },
    async catalog() {
      return (await this.list()).flatMap((p) => p.stories);
    },
  };
}
