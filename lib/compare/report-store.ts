// The reports of the reader's comparison, kept in the extension's own IndexedDB (the background's only: a page's
// text never reaches other pages' scripts or storage events). The comparison is cleared after a week unused, which
// is checked whenever it is read and when the background starts. A damaged entry is dropped, never shown.
import { committed, done, lazyDatabase } from '../packs/pack-db';
import { readReport, type Report } from './report';

const DB_NAME = 'parallax-comparison';
const DB_VERSION = 1;
const REPORTS = 'reports';
const STATE = 'state';
const USED_KEY = 'used';

/** How long a comparison is kept after the reader last added, removed or compared (ms): a week. */
export const UNUSED_FOR_MS = 7 * 24 * 60 * 60 * 1000;

/** The comparison's reports, as the background keeps them. */
export interface ReportStore {
  /** The reports, oldest first (the comparison is cleared first when it has been unused for a week). */
  list(now: number): Promise<Report[]>;
  /** Adds a report, or replaces the report of the same id; the comparison counts as used. */
  put(report: Report, now: number): Promise<void>;
  /** Removes one report; false when it was not there. The comparison counts as used. */
  remove(id: string, now: number): Promise<boolean>;
  /** Removes every report. */
  clear(): Promise<void>;
  /** Marks the comparison as used (compared, kept, exported). */
  touch(now: number): Promise<void>;
  /** Clears the comparison when it has been unused for a week; whether it did. */
  expire(now: number): Promise<boolean>;
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(REPORTS, { keyPath: 'id' });
    db.createObjectStore(STATE);
  };
  return done(request);
}

/** The comparison's store in the given IndexedDB (the extension's own `indexedDB`; a fake in tests). */
export function openReportStore(factory: IDBFactory): ReportStore {
  const database = lazyDatabase(() => open(factory));

  async function write(work: (reports: IDBObjectStore, state: IDBObjectStore) => void): Promise<void> {
    const tx = (await database()).transaction([REPORTS, STATE], 'readwrite');
    const finished = committed(tx);
    work(tx.objectStore(REPORTS), tx.objectStore(STATE));
    await finished;
  }

  async function expire(now: number): Promise<boolean> {
    const tx = (await database()).transaction([REPORTS, STATE], 'readonly');
    const used = (await done(tx.objectStore(STATE).get(USED_KEY))) as unknown;
    const count = await done(tx.objectStore(REPORTS).count());
    // A missing or damaged time with reports in the store is taken as unused: nothing is kept without a date.
    const stale = typeof used !== 'number' || !Number.isFinite(used) || now - used > UNUSED_FOR_MS;
    if (!stale || count === 0) return false;
    await write((reports, state) => {
      reports.clear();
      state.delete(USED_KEY);
    });
    return true;
  }

  return {
    async list(now) {
      await expire(now);
      const tx = (await database()).transaction(REPORTS, 'readonly');
      const raw = (await done(tx.objectStore(REPORTS).getAll())) as unknown[];
      const reports = raw.map(readReport);
      const damaged = raw.filter((_, i) => reports[i] === null);
      if (damaged.length > 0) {
        // What cannot be read is removed, so it never fills the comparison's places unseen.
        await write((store) => {
          for (const value of damaged) {
            const id = (value as { id?: unknown } | null)?.id;
            if (typeof id === 'string' || typeof id === 'number') store.delete(id);
          }
        });
      }
      return reports.filter((r): r is Report => r !== null).sort((a, b) => a.added - b.added);
    },
    async put(report, now) {
      await write((reports, state) => {
        reports.put(report);
        state.put(now, USED_KEY);
      });
    },
    async remove(id, now) {
      const tx = (await database()).transaction(REPORTS, 'readonly');
      const existing = await done(tx.objectStore(REPORTS).getKey(id));
      await write((reports, state) => {
        reports.delete(id);
        state.put(now, USED_KEY);
      });
      return existing !== undefined;
    },
    async clear() {
      await write((reports, state) => {
        reports.clear();
        state.delete(USED_KEY);
      });
    },
    async touch(now) {
      await write((_, state) => state.put(now, USED_KEY));
    },
    expire,
  };
}
