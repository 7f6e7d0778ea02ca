// Split recognition indexes kept in IndexedDB (pack-db.ts): every installed pack's, and a copy of the bundled index
// made once after an install or update, so a background woken again reads a head and the few parts a page needs
// instead of the whole packaged file. A head is written after its parts, so a head there means its parts are too.
import type { RecognitionIndex } from '../recognise/index-format';
import type { SplitIndex, SplitOptions } from '../recognise/split-index';
import { planSplit } from '../recognise/split-index';
import { committed, done, HEADS, lazyDatabase, openPackDb, PARTS } from './pack-db';

/** The split indexes in IndexedDB, by source name. */
export interface IndexCopies {
  /** The head of a source, or undefined when it has none (never copied, or not completely). */
  head(source: string): Promise<ArrayBuffer | undefined>;
  /** Every head whose source name starts with `prefix`. */
  heads(prefix: string): Promise<{ source: string; head: ArrayBuffer }[]>;
  /** Parts of a source by number (undefined for a part not there), read in one transaction. */
  parts(source: string, numbers: readonly number[]): Promise<(ArrayBuffer | undefined)[]>;
  /**
   * Copies a whole index into `source`, a few parts at a time (`pause` runs between batches, so other work goes on),
   * its head last; first removes every other source starting with `replacing`. A copy cut short (the background
   * stopped) goes on from its last whole batch the next time: `source` must name the split exactly (its head's
   * checksum). Resolves to the head written.
   */
  copy(
    source: string,
    index: RecognitionIndex,
    options?: { replacing?: string; pause?: () => Promise<void>; batchBytes?: number; split?: Partial<SplitOptions> },
  ): Promise<Uint8Array>;
  /** Removes a source's head and parts. */
  remove(source: string): Promise<void>;
}

/** The range of keys of a source's parts. */
export function partKeys(source: string): IDBKeyRange {
  return IDBKeyRange.bound([source, 0], [source, Number.MAX_SAFE_INTEGER]);
}

/** Puts a split index under `source` in a transaction that holds HEADS and PARTS. */
export function putSplit(tx: IDBTransaction, source: string, split: SplitIndex): void {
  for (const [n, part] of split.parts.entries()) tx.objectStore(PARTS).put(bufferOf(part), [source, n]);
  tx.objectStore(HEADS).put(bufferOf(split.head), source);
}

/** Deletes a source's head and parts in a transaction that holds HEADS and PARTS. */
export function deleteSplit(tx: IDBTransaction, source: string): void {
  tx.objectStore(HEADS).delete(source);
  tx.objectStore(PARTS).delete(partKeys(source));
}

/** The sources starting with `prefix` that have parts (copies with or without their head), one key read each. */
function partSources(db: IDBDatabase, prefix: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const found: string[] = [];
    const request = db
      .transaction(PARTS, 'readonly')
      .objectStore(PARTS)
      .openKeyCursor(IDBKeyRange.bound([prefix], [`${prefix}\uffff`]));
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(found);
      const source = (cursor.key as [string, number])[0];
      found.push(source);
      // Past every part of this source: [source + "\0"] sorts after [source, n] for any n.
      cursor.continue([`${source}\u0000`]);
    };
  });
}

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);

/** The index copies in the given IndexedDB (the extension's own `indexedDB`; a fake in tests). */
export function openIndexCopies(factory: IDBFactory): IndexCopies {
  const database = lazyDatabase(() => openPackDb(factory));

  async function write(stores: string[], work: (tx: IDBTransaction) => void): Promise<void> {
    const tx = (await database()).transaction(stores, 'readwrite');
    const finished = committed(tx);
    work(tx);
    await finished;
  }

  const copies: IndexCopies = {
    async head(source) {
      const tx = (await database()).transaction(HEADS, 'readonly');
      return (await done(tx.objectStore(HEADS).get(source))) as ArrayBuffer | undefined;
    },
    async heads(prefix) {
      const tx = (await database()).transaction(HEADS, 'readonly');
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const [keys, values] = await Promise.all([
        done(tx.objectStore(HEADS).getAllKeys(range)),
        done(tx.objectStore(HEADS).getAll(range)),
      ]);
      return keys.map((source, i) => ({ source: source as string, head: values[i] as ArrayBuffer }));
    },
    async parts(source, numbers) {
      const store = (await database()).transaction(PARTS, 'readonly').objectStore(PARTS);
      return Promise.all(numbers.map((n) => done(store.get([source, n])) as Promise<ArrayBuffer | undefined>));
    },
    async copy(source, index, options = {}) {
      const { replacing, pause, batchBytes = 4 * 2 ** 20, split } = options;
      if (replacing !== undefined) {
        const stale = (await copies.heads(replacing)).map((h) => h.source).filter((s) => s !== source);
        const unfinished = (await partSources(await database(), replacing)).filter((s) => s !== source);
        await write([HEADS, PARTS], (tx) => {
          for (const old of new Set([...stale, ...unfinished])) deleteSplit(tx, old);
        });
      }
      const plan = planSplit(index, split);
      // Batches are written whole or not at all, in order: the parts already there are the first ones.
      const store = (await database()).transaction(PARTS, 'readonly').objectStore(PARTS);
      for (let n = await done(store.count(partKeys(source))); n < plan.count; ) {
        const batch: [number, Uint8Array][] = [];
        for (let bytes = 0; n < plan.count && bytes < batchBytes; n++) {
          const part = plan.part(n);
          batch.push([n, part]);
          bytes += part.length;
        }
        await write([PARTS], (tx) => {
          for (const [number, part] of batch) tx.objectStore(PARTS).put(bufferOf(part), [source, number]);
        });
        await pause?.();
      }
      await write([HEADS], (tx) => tx.objectStore(HEADS).put(bufferOf(plan.head), source));
      return plan.head;
    },
    remove: (source) => write([HEADS, PARTS], (tx) => deleteSplit(tx, source)),
  };
  return copies;
}
