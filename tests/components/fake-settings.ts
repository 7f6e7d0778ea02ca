// An in-memory settings store over a fake storage area, shared by the popup and options tests.
import { createSettingsStore, type StorageAreaLike, type StorageChangeLike } from '../../lib/settings/settings-store';

/** A storage area kept in a Map that reports changes like browser.storage does. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  const listeners = new Set<(c: Record<string, StorageChangeLike>) => void>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      const changes: Record<string, StorageChangeLike> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const l of listeners) l(changes);
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
}

/** A settings store with its storage area, for asserting what was saved. */
export function memorySettings(initial: Record<string, unknown> = {}) {
  const area = memoryArea(initial);
  return { area, store: createSettingsStore(area) };
}
