// The settings as the popup, the options page and the sidebar use them: read and watched from storage, written by
// sending each press to the background's one writer, so presses from several contexts never undo one another.
import { parseSettings, type Migrations, type Settings } from './settings';
import {
  createSettingsStore,
  SETTINGS_KEY,
  watchSettings,
  type SettingsStore,
  type SettingsWriter,
  type StorageAreaLike,
} from './settings-store';
import type { SettingsWrite } from './settings-writes';

/** Sends a press to the writer and resolves to the settings it stored (undefined when nothing answered). */
export type SendWrite = (write: SettingsWrite) => Promise<unknown>;

/** Options: another key, migrations, a clock for tests. */
export interface SettingsClientOptions {
  key?: string;
  migrations?: Migrations;
  now?: () => number;
}

/**
 * A store for a context that is not the writer. Reads never write (the writer repairs a damaged value); writes go
 * through `send`. When the writer cannot be reached (the background not yet running, an extension being
 * reloaded), the press is written here instead: better written alone than lost.
 */
export function createSettingsClient(
  area: StorageAreaLike,
  send: SendWrite,
  options: SettingsClientOptions = {},
): SettingsStore {
  const key = options.key ?? SETTINGS_KEY;
  const migrations = options.migrations ?? {};
  const now = options.now ?? Date.now;
  let local: SettingsWriter | null = null;

  async function write(w: SettingsWrite): Promise<Settings> {
    try {
      const reply = await send(w);
      const stored = (reply as { settings?: unknown } | undefined)?.settings;
      if (stored !== undefined) return parseSettings(stored, migrations).settings;
    } catch {
      // No writer answered: fall through to writing here.
    }
    local ??= createSettingsStore(area, { key, migrations, now });
    return local.apply(w);
  }

  return {
    async load() {
      return parseSettings((await area.get(key))[key], migrations).settings;
    },
    save: (patch) => write({ kind: 'set', patch, at: now() }),
    toggle: (field) => write({ kind: 'toggle', field, at: now() }),
    watch: (callback) => watchSettings(area, key, migrations, callback),
  };
}
