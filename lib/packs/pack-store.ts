// Installed story packs, kept in the extension's IndexedDB: each pack's manifest and catalog entries, its
// recognition index, and its story files. Adding or removing a pack is one transaction: a pack is there whole or
// not at all. Used by the options page (add, list, remove) and the background (indexes and stories).
import { type CatalogEntry, catalogEntry } from '../story/catalog';
import type { PackManifest } from './pack-format';
import type { ReadPack } from './read-pack';

const DB_NAME = 'parallax-packs';
const DB_VERSION = 1;
const PACKS = 'packs';
const INDEXES = 'indexes';
const STORIES = 'stories';

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
  /** Every installed pack's recognition index bytes. */
  recognitionIndexes(): Promise<{ pack: string; recognition: ArrayBuffer }[]>;
  /** The text of an installed story's file, or undefined. */
  storyFile(pack: string, storyId: string): Promise<string | undefined>;
  /** Installs a checked pack, replacing an installed pack of the same id. */
  add(pack: ReadPack): Promise<void>;
  /** Removes a pack and its stories; false when it was not installed. */
  remove(id: string): Promise<boolean>;
  /** Catalog entries of every installed pack's stories. */
  catalog(): Promise<CatalogEntry[]>;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(PACKS, { keyPath: 'id' });
    db.createObjectStore(INDEXES, { keyPath: 'pack' });
    db.createObjectStore(STORIES, { keyPath: ['pack', 'id'] }).createIndex('pack', 'pack');
  };
  return done(request);
}

/** The pack store in the given IndexedDB (the extension's own `indexedDB`; a fake in tests). */
export function openPackStore(factory: IDBFactory): PackStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () =>
    (db ??= open(factory).catch((error: unknown) => {
      db = null;
      throw error;
    }));

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
    async recognitionIndexes() {
      return (await read(INDEXES, (s) => s.getAll())) as { pack: string; recognition: ArrayBuffer }[];
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
      const tx = (await database()).transaction([PACKS, INDEXES, STORIES], 'readwrite');
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
      tx.objectStore(INDEXES).put({ pack: manifest.id, recognition: pack.recognition });
      await finished;
    },
    async remove(id) {
      const tx = (await database()).transaction([PACKS, INDEXES, STORIES], 'readwrite');
      const finished = committed(tx);
      const existing = done(tx.objectStore(PACKS).getKey(id));
      tx.objectStore(PACKS).delete(id);
      tx.objectStore(INDEXES).delete(id);
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
