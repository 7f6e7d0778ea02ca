// Loads, saves and watches the settings through any storage area (browser.storage.local or a fake in tests).
import { applyPatch, parseSettings, type Migrations, type Settings } from './settings';

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
  /** Reads the settings; a missing or damaged stored value is replaced by the repaired shape. */
  load(): Promise<Settings>;
  /** Applies the valid fields of a patch to the stored settings and returns the result. */
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Like save, with the patch computed from the settings as stored when this write's turn comes. */
  update(change: (current: Settings) => Partial<Settings>): Promise<Settings>;
  /** Calls back with the validated settings whenever they change (from any context); returns an unsubscribe. */
  watch(callback: (settings: Settings) => void): () => void;
}

/** Options for the store: another key, or migrations for versions this build has superseded. */
export interface SettingsStoreOptions {
  key?: string;
  migrations?: Migrations;
}

/** Creates a settings store over a storage area. */
export function createSettingsStore(area: StorageAreaLike, options: SettingsStoreOptions = {}): SettingsStore {
  const key = options.key ?? SETTINGS_KEY;
  const migrations = options.migrations ?? {};

  async function load(): Promise<Settings> {
    const stored = await area.get(key);
    const { settings, repaired } = parseSettings(stored[key], migrations);
    if (repaired) await area.set({ [key]: settings });
    return settings;
  }

  // Writes through one store run one after another: two quick clicks (the switch and the collapse button in one
  // tick, a double key press) would otherwise both read the same old value and the second write would undo the first.
  let queue: Promise<unknown> = Promise.resolve();
  function update(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
    const run = queue.then(async () => {
      const current = await load();
      const next = applyPatch(current, change(current));
      await area.set({ [key]: next });
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    load,
    save: (patch) => update(() => patch),
    update,
    watch(callback) {
      const listener = (changes: Record<string, StorageChangeLike>): void => {
        const change = changes[key];
        if (!change) return;
        callback(parseSettings(change.newValue, migrations).settings);
      };
      area.onChanged.addListener(listener);
      return () => area.onChanged.removeListener(listener);
    },
  };
}
