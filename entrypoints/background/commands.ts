// Keyboard commands: the highlighting switch, kept in step with the sidebar and popup through the settings store.
import { browser } from 'wxt/browser';
import { createSettingsStore } from '@/lib/settings/settings-store';

/** Flips the highlighting setting; every open page follows it through storage change events. */
export async function toggleHighlights(): Promise<void> {
  const store = createSettingsStore(browser.storage.local);
  const current = await store.load();
  await store.save({ highlights: !current.highlights });
}
