// Writes through one settings store are ordered: none is lost when two arrive in the same tick.
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore } from '../../../lib/settings/settings-store';
import { runCommand } from '../../../entrypoints/background/commands';

test('two saves in one tick both land (the switch and the collapse button together)', async () => {
  fakeBrowser.reset();
  const store = createSettingsStore(fakeBrowser.storage.local);
  await Promise.all([store.save({ highlights: false }), store.save({ collapsed: true })]);
  const stored = await store.load();
  expect(stored.highlights).toBe(false);
  expect(stored.collapsed).toBe(true);
});

test('a quick double press of the highlighting command flips twice', async () => {
  fakeBrowser.reset();
  const store = createSettingsStore(fakeBrowser.storage.local);
  expect((await store.load()).highlights).toBe(true);
  await Promise.all([runCommand('toggle-highlights', store), runCommand('toggle-highlights', store)]);
  expect((await store.load()).highlights).toBe(true);
  await runCommand('toggle-highlights', store);
  expect((await store.load()).highlights).toBe(false);
});

test('an unknown command changes nothing', async () => {
  fakeBrowser.reset();
  const store = createSettingsStore(fakeBrowser.storage.local);
  const before = await store.load();
  await runCommand('something-else', store);
  expect(await store.load()).toEqual(before);
});

test('a failed write does not block the writes after it', async () => {
  fakeBrowser.reset();
  let fail = true;
  const area = {
    get: (k: string) => fakeBrowser.storage.local.get(k),
    set: async (items: Record<string, unknown>) => {
      if (fail) {
        fail = false;
        throw new Error('quota');
      }
      await fakeBrowser.storage.local.set(items);
    },
    onChanged: fakeBrowser.storage.local.onChanged,
  };
  const store = createSettingsStore(area);
  await expect(store.save({ highlights: false })).rejects.toThrow('quota');
  await expect(store.save({ collapsed: true })).resolves.toMatchObject({ collapsed: true });
});
