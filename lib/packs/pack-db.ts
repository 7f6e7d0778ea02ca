// The extension's IndexedDB database of story packs and recognition index parts: its stores, its upgrade from the
// first version (whose packs kept their recognition index whole: each is split into a head and parts on the way), and
// the promise helpers every reader and writer of it (and of the comparison's store) uses.
import { readRecognitionIndex } from '../recognise/read-index';
import { splitRecognitionIndex } from '../recognise/split-index';

export const DB_NAME = 'parallax-packs';
export const DB_VERSION = 2;
/** Installed packs: manifest and catalog entries, by pack id. */
export const PACKS = 'packs';
/** Story files of the packs, by [pack, story id]. */
export const STORIES = 'stories';
/** Heads of split recognition indexes, by source ("pack:<id>", or "bundled:<checksum>-<length>"). */
export const HEADS = 'heads';
/** Parts of split recognition indexes: their bytes, by [source, part number]. */
export const PARTS = 'parts';
// Version 1's store of whole recognition indexes, by pack id.
const INDEXES = 'indexes';

/** The source name of an installed pack's index. */
export function packSource(pack: string): string {
  return `pack:${pack}`;
}

/** The result of a request. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits, rejects when it aborts. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** A database opened on first use and kept; a failed opening is forgotten, so the next use tries again. */
export function lazyDatabase(open: () => Promise<IDBDatabase>): () => Promise<IDBDatabase> {
  let db: Promise<IDBDatabase> | null = null;
  return () =>
    (db ??= open().catch((error: unknown) => {
      db = null;
      throw error;
    }));
}

/** Opens the database, creating or upgrading its stores. */
export function openPackDb(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = (event) => {
    const db = request.result;
    const tx = request.transaction!;
    if (event.oldVersion < 1) {
      db.createObjectStore(PACKS, { keyPath: 'id' });
      db.createObjectStore(STORIES, { keyPath: ['pack', 'id'] }).createIndex('pack', 'pack');
    }
    db.createObjectStore(HEADS);
    db.createObjectStore(PARTS);
    if (event.oldVersion === 1) splitVersionOne(db, tx);
  };
  return done(request);
}

// Each pack's whole index becomes a head and parts; a pack whose index no longer reads keeps no head, so its stories
// are not recognised (the background says so) until it is added again.
function splitVersionOne(db: IDBDatabase, tx: IDBTransaction): void {
  const indexes = tx.objectStore(INDEXES);
  indexes.openCursor().onsuccess = function () {
    const cursor = this.result;
    if (!cursor) {
      db.deleteObjectStore(INDEXES);
      return;
    }
    const { pack, recognition } = cursor.value as { pack: string; recognition: ArrayBuffer };
    try {
      const { head, parts } = splitRecognitionIndex(readRecognitionIndex(recognition));
      const source = packSource(pack);
      tx.objectStore(HEADS).put(head.buffer, source);
      for (const [n, part] of parts.entries()) tx.objectStore(PARTS).put(part.buffer, [source, n]);
    } catch {
      // Left without a head: see above.
    }
    cursor.continue();
  };
}
