// Keyboard commands: the highlighting switch, kept in step with the sidebar and popup through the settings store.
import { browser } from 'wxt/browser';
import { createSettingsStore } from '@/lib/settings/settings-store';

// A quick double press delivers the second command while the first is still reading storage; both would read
// the same value and write the same flip. Each toggle waits for the one before it.
let lastToggle: Promise<void> = Promise.resolve();

/** Flips the highlighting setting; every open page follows it through storage change events. */
export function toggleHighlights(): Promise<void> {
  const run = lastToggle.then(async () => {
    const store = createSettingsStore(browser.storage.local);
    const current = await store.load();
    await store.save({ highlights: !current.highlights });
  });
  lastToggle = run.catch(() => undefined);
  return run;
}
