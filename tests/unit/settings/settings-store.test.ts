// The settings store over a storage area: loading repairs damaged values, saving merges, watching reports changes.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import {
  createSettingsStore,
  SETTINGS_KEY,
  type StorageAreaLike,
  type StorageChangeLike,
} from '../../../lib/settings/settings-store';

/** A minimal storage area that records every write. */
function fakeArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners = new Set<(c: Record<string, StorageChangeLike>) => void>();
  const writes: Record<string, unknown>[] = [];
  const area: StorageAreaLike = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      writes.push(structuredClone(items));
      const changes: Record<string, StorageChangeLike> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const l of listeners) l(changes);
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { area, data, writes, listeners };
}

describe('load', () => {
  test.each([
    ['missing', undefined],
    ['the wrong type', 'true'],
    ['garbage JSON', '{not json'],
    ['an unknown version', { version: -3, highlights: false }],
    ['a future version', { version: 9, highlights: false, sidebarSide: 'left' }],
  ])('a value that is %s loads as the defaults and is repaired in storage', async (_name, stored) => {
    const { area, data, writes } = fakeArea(stored === undefined ? {} : { [SETTINGS_KEY]: stored });
    expect(await createSettingsStore(area).load()).toEqual(DEFAULT_SETTINGS);
    expect(writes).toEqual([{ [SETTINGS_KEY]: DEFAULT_SETTINGS }]);
    expect(data.get(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
  });

  test('a partly damaged value keeps its good fields and is repaired', async () => {
    const { area, data } = fakeArea({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sidebarSide: 'left', collapsed: 'no' } });
    const expected = { ...DEFAULT_SETTINGS, sidebarSide: 'left' };
    expect(await createSettingsStore(area).load()).toEqual(expected);
    expect(data.get(SETTINGS_KEY)).toEqual(expected);
  });

  test('a valid value is read without writing', async () => {
    const stored = { ...DEFAULT_SETTINGS, highlights: false };
    const { area, writes } = fakeArea({ [SETTINGS_KEY]: stored });
    expect(await createSettingsStore(area).load()).toEqual(stored);
    expect(writes).toEqual([]);
  });

  test('an older version is migrated and written back in the current shape', async () => {
    const { area, data } = fakeArea({ [SETTINGS_KEY]: { version: 0, left: true } });
    const store = createSettingsStore(area, {
      migrations: { 0: (old) => ({ version: 1, sidebarSide: old.left ? 'left' : 'right' }) },
    });
    const expected = { ...DEFAULT_SETTINGS, sidebarSide: 'left' };
    expect(await store.load()).toEqual(expected);
    expect(data.get(SETTINGS_KEY)).toEqual(expected);
  });
});

describe('save', () => {
  test('merges a patch into the stored settings', async () => {
    const { area, data } = fakeArea({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sidebarSide: 'left' } });
    const saved = await createSettingsStore(area).save({ highlights: false });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, sidebarSide: 'left', highlights: false });
    expect(data.get(SETTINGS_KEY)).toEqual(saved);
  });

  test('over a damaged value, saves the patch on top of the repaired shape', async () => {
    const { area, data } = fakeArea({ [SETTINGS_KEY]: 'garbage' });
    await createSettingsStore(area).save({ collapsed: true });
    expect(data.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_SETTINGS, collapsed: true });
  });
});

describe('watch', () => {
  test('reports validated settings when another context writes, and stops after unsubscribe', async () => {
    const { area, listeners } = fakeArea();
    const seen: unknown[] = [];
    const stop = createSettingsStore(area).watch((s) => seen.push(s));
    await area.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sidebarSide: 'left' } });
    await area.set({ other: 1 });
    await area.set({ [SETTINGS_KEY]: { version: 7 } });
    stop();
    await area.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, highlights: false } });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, sidebarSide: 'left' }, DEFAULT_SETTINGS]);
    expect(listeners.size).toBe(0);
  });
});

describe('with browser.storage.local (wxt fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  test('repairs a damaged value and reports saves through onChanged', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, highlights: 3 } });
    const store = createSettingsStore(fakeBrowser.storage.local as unknown as StorageAreaLike);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
    const seen: unknown[] = [];
    store.watch((s) => seen.push(s));
    await store.save({ sidebarStart: 'open' });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, sidebarStart: 'open' }]);
  });
});
