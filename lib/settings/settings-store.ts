// Loads, saves and watches the settings through any storage area (browser.storage.local or a fake in tests). The
// store made here is the writer: in the extension, only the background's writes; other contexts send it their
// presses (settings-client.ts).
import { parseSettings, type Migrations, type Settings } from './settings';
import { createWriteLog, type SettingsWrite, type SwitchField } from './settings-writes';

/** One change to one stored key, as storage areas report it. */
export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

/** The part of a WebExtension storage area the store needs; `browser.storage.local` fits as is. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged: {
    addListener(callback: (changes: Record<string, StorageChangeLike>) => void): void;
    removeListener(callback: (changes: Record<string, StorageChangeLike>) => void): void;
  };
}

/** The storage key the settings live under. */
export const SETTINGS_KEY = 'settings';

/** Reads and writes the settings; every read is validated, so callers always get a complete, valid shape. */
export interface SettingsStore {
  /** Reads the settings (the writer also repairs a missing or damaged stored value). */
  load(): Promise<Settings>;
  /** Sets the valid fields of a patch and returns the settings as stored after it. */
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Flips an on/off setting from whatever it is when this press is applied, and returns the result. */
  toggle(field: SwitchField): Promise<Settings>;
  /** Calls back with the validated settings whenever they change (from any context); returns an unsubscribe. */
  watch(callback: (settings: Settings) => void): () => void;
}

/** The one store that writes: it applies every context's presses, in press order, one after another. */
export interface SettingsWriter extends SettingsStore {
  /** Applies a press from any context (see settings-writes.ts) and returns the settings as stored after it. */
  apply(write: SettingsWrite): Promise<Settings>;
}

/** Options for the store: another key, migrations for superseded versions, a clock for tests. */
export interface SettingsStoreOptions {
  key?: string;
  migrations?: Migrations;
  now?: () => number;
}

/** Calls back with the parsed settings on every change of `key` in `area`; returns an unsubscribe. */
export function watchSettings(
  area: StorageAreaLike,
  key: string,
  migrations: Migrations,
  callback: (settings: Settings) => void,
): () => void {
  const listener = (changes: Record<string, StorageChangeLike>): void => {
    const change = changes[key];
    if (change) callback(parseSettings(change.newValue, migrations).settings);
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}

/** Creates the writing store over a storage area (the background's; a context without one falls back to its own). */
export function createSettingsStore(area: StorageAreaLike, options: SettingsStoreOptions = {}): SettingsWriter {
  const key = options.key ?? SETTINGS_KEY;
  const migrations = options.migrations ?? {};
  const now = options.now ?? Date.now;
  const log = createWriteLog(undefined, now);

  async function read(): Promise<Settings> {
    const stored = await area.get(key);
    const { settings, repaired } = parseSettings(stored[key], migrations);
    if (repaired) await area.set({ [key]: settings });
    return settings;
  }

  // Writes run one after another: two presses in one tick (the switch and the collapse button, a double key press)
  // would otherwise both read the same old value and the second write would undo the first.
  // A read (which may repair the stored value) waits its turn too, so its repair never lands over a newer write.
  let queue: Promise<unknown> = Promise.resolve();
  function queued(step: () => Promise<Settings>): Promise<Settings> {
    const run = queue.then(step);
    queue = run.catch(() => undefined);
    return run;
  }
  function apply(write: SettingsWrite): Promise<Settings> {
    return queued(async () => {
      const next = log.apply(await read(), write);
      await area.set({ [key]: next });
      return next;
    });
  }

  return {
    load: () => queued(read),
    apply,
    save: (patch) => apply({ kind: 'set', patch, at: now() }),
    toggle: (field) => apply({ kind: 'toggle', field, at: now() }),
    watch: (callback) => watchSettings(area, key, migrations, callback),
  };
}
