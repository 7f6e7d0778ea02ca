// Keyboard commands: the highlighting switch, kept in step with the sidebar and popup through the settings store.
import type { SettingsStore } from '@/lib/settings/settings-store';

/** Runs a manifest command; every open page follows the settings it changes through storage change events. */
export async function runCommand(command: string, settings: SettingsStore): Promise<void> {
  // Through the store's write queue, so a quick double press flips twice instead of once.
  if (command === 'toggle-highlights') await settings.update((s) => ({ highlights: !s.highlights }));
}
