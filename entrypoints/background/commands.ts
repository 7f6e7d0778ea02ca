// Keyboard commands: the highlighting switch, kept in step with the sidebar and popup through the settings store.
import type { SettingsStore } from '@/lib/settings/settings-store';

/** Runs a manifest command; every open page follows the settings it changes through storage change events. */
export async function runCommand(command: string, settings: SettingsStore): Promise<void> {
  // A flip of whatever is stored when the press is applied, through the writer's queue: a quick double press
  // flips twice, and a press from the popup just before is applied first.
  if (command === 'toggle-highlights') await settings.toggle('highlights');
}
