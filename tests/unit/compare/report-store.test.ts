// The comparison's store: reports kept in order, replaced, removed, cleared; a comparison unused for a week is gone
// when next read (or at start-up); a damaged entry is dropped, never shown.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openReportStore, UNUSED_FOR_MS } from '../../../lib/compare/report-store';
import { fixtureReports } from './fixture-reports';

const DAY = 24 * 60 * 60 * 1000;

describe('the report store', () => {
  test('adds, lists oldest first, replaces by id, removes, clears', async () => {
    const store = openReportStore(new IDBFactory());
    const [a, b, c] = fixtureReports(1_000);
    expect(await store.list(1_000)).toEqual([]);
    await store.put(b!, 2_000);
    await store.put(a!, 2_000);
    await store.put(c!, 2_000);
    expect((await store.list(3_000)).map((r) => r.id)).toEqual([a!.id, b!.id, c!.id]);
    await store.put({ ...a!, headline: 'Updated', added: 500_000 }, 500_000);
    expect((await store.list(500_000)).map((r) => [r.id, r.headline])).toEqual([
      [b!.id, b!.headline],
      [c!.id, c!.headline],
      [a!.id, 'Updated'],
    ]);
    expect(await store.remove(b!.id, 600_000)).toBe(true);
    expect(await store.remove(b!.id, 600_000)).toBe(false);
    expect((await store.list(600_000)).map((r) => r.id)).toEqual([c!.id, a!.id]);
    await store.clear();
    expect(await store.list(700_000)).toEqual([]);
  });

  test('a week unused clears the comparison; any use (add, remove, compare) starts the week again', async () => {
    const store = openReportStore(new IDBFactory());
    const [a, b] = fixtureReports(0);
    await store.put(a!, 0);
    await store.put(b!, DAY);
    await store.touch(3 * DAY);
    expect(await store.list(3 * DAY + UNUSED_FOR_MS)).toHaveLength(2);
    expect(await store.expire(3 * DAY + UNUSED_FOR_MS + 1)).toBe(true);
    expect(await store.list(3 * DAY + UNUSED_FOR_MS + 2)).toEqual([]);
    // Nothing to clear: an empty comparison does not expire.
    expect(await store.expire(100 * DAY)).toBe(false);
    await store.put(a!, 100 * DAY);
    expect(await store.list(100 * DAY + UNUSED_FOR_MS + 1)).toEqual([]);
  });

  test('a damaged entry is dropped from the store and never listed', async () => {
    const factory = new IDBFactory();
    const store = openReportStore(factory);
    const [a] = fixtureReports(0);
    await store.put(a!, 0);
    // Another version of the extension, or a damaged profile, left an entry that is no report.
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('parallax-comparison', 1);
      request.onsuccess = () => {
        const tx = request.result.transaction('reports', 'readwrite');
        tx.objectStore('reports').put({ id: 'broken', url: 42 });
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    });
    expect((await store.list(1)).map((r) => r.id)).toEqual([a!.id]);
    expect(await store.remove('broken', 2)).toBe(false);
  });
});
