// Every context's presses go through one writer and none is lost: not in one tick, not from two contexts at once,
// not when a press reaches the writer after a later one. Two contexts writing on their own lose writes.
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { createSettingsClient, type SendWrite } from '../../../lib/settings/settings-client';
import { createSettingsStore, SETTINGS_KEY, type StorageAreaLike } from '../../../lib/settings/settings-store';
import { parseWrite } from '../../../lib/settings/settings-writes';
import { runCommand } from '../../../entrypoints/background/commands';

/** A storage area whose reads and writes each take a few milliseconds, like a real one across processes. */
function slowArea(): StorageAreaLike & { data: Map<string, unknown> } {
  // Settings already stored and valid, so no read has a repair to write.
  const data = new Map<string, unknown>([[SETTINGS_KEY, { ...DEFAULT_SETTINGS }]]);
  const listeners = new Set<(c: Record<string, { newValue?: unknown }>) => void>();
  const pause = () => new Promise((r) => setTimeout(r, 3));
  return {
    data,
    async get(key) {
      await pause();
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      await pause();
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])));
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
}

/** The background's writer and a `send` for the other contexts, as runtime messaging connects them. */
function backgroundWriter(area: StorageAreaLike, delays: number[] = []) {
  const writer = createSettingsStore(area);
  let n = 0;
  const send: SendWrite = async (raw) => {
    // A message crosses processes: it may take longer than one sent after it.
    await new Promise((r) => setTimeout(r, delays[n++] ?? 1));
    const write = parseWrite(structuredClone(raw));
    return write ? { settings: await writer.apply(write) } : undefined;
  };
  return { writer, send };
}

test('two contexts writing on their own lose a write (why there is one writer)', async () => {
  const area = slowArea();
  const popup = createSettingsStore(area);
  const sidebar = createSettingsStore(area);
  await Promise.all([popup.save({ highlights: false }), sidebar.save({ collapsed: true })]);
  const stored = area.data.get(SETTINGS_KEY) as typeof DEFAULT_SETTINGS;
  // One of the two presses was undone: the later write carried the other field's old value back.
  expect(stored.highlights === false && stored.collapsed === true).toBe(false);
});

test('the same two presses from two contexts through the writer both land', async () => {
  const area = slowArea();
  const { send } = backgroundWriter(area);
  const popup = createSettingsClient(area, send);
  const sidebar = createSettingsClient(area, send);
  await Promise.all([popup.save({ highlights: false }), sidebar.save({ collapsed: true })]);
  expect(area.data.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_SETTINGS, highlights: false, collapsed: true });
});

test("the popup's switch, then the keyboard command: the last press decides even when it arrives first", async () => {
  const area = slowArea();
  let clock = 1_000;
  // The popup's message is slow (20 ms); the command runs in the background at once.
  const { writer, send } = backgroundWriter(area, [20]);
  const popup = createSettingsClient(area, send, { now: () => clock });
  const popupPress = popup.save({ highlights: false }); // pressed at t=1000
  clock = 1_005;
  const command = writer.apply({ kind: 'toggle', field: 'highlights', at: clock }); // pressed at t=1005
  await Promise.all([popupPress, command]);
  // Off, then flipped: on.
  expect((area.data.get(SETTINGS_KEY) as typeof DEFAULT_SETTINGS).highlights).toBe(true);
});

test('every client sees the result through storage change events', async () => {
  const area = slowArea();
  const { send } = backgroundWriter(area);
  const popup = createSettingsClient(area, send);
  const sidebar = createSettingsClient(area, send);
  const seen: boolean[] = [];
  const stop = sidebar.watch((s) => seen.push(s.highlights));
  await popup.toggle('highlights');
  stop();
  expect(seen).toEqual([false]);
});

test('a client reads without writing, even over a damaged value (the writer repairs it)', async () => {
  const area = slowArea();
  area.data.set(SETTINGS_KEY, 'garbage');
  const client = createSettingsClient(area, async () => undefined);
  expect(await client.load()).toEqual(DEFAULT_SETTINGS);
  expect(area.data.get(SETTINGS_KEY)).toBe('garbage');
  await createSettingsStore(area).load();
  expect(area.data.get(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
});

test('when no writer answers, a client writes the press itself rather than lose it', async () => {
  const area = slowArea();
  const failing = createSettingsClient(area, async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  expect(await failing.save({ collapsed: true })).toMatchObject({ collapsed: true });
  const silent = createSettingsClient(area, async () => undefined);
  expect(await silent.toggle('highlights')).toMatchObject({ collapsed: true, highlights: false });
});

test("the writer's read waits for writes before it, so a repair never lands over a newer press", async () => {
  const area = slowArea();
  area.data.delete(SETTINGS_KEY);
  const writer = createSettingsStore(area);
  // Startup repair of a missing value and a press arriving at the same moment.
  await Promise.all([writer.load(), writer.save({ sidebarSide: 'left' })]);
  expect(area.data.get(SETTINGS_KEY)).toMatchObject({ sidebarSide: 'left' });
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
