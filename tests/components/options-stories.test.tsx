// The options page's list of stories beside its story packs: a pack removed from the list (after confirming) leaves
// the packs section too, through the one packs API both use; the bundled story stays.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { InstalledPack } from '../../lib/packs/pack-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { SETTINGS_KEY } from '../../lib/settings/settings-store';
import { OptionsApp } from '../../lib/ui/OptionsApp';
import { withChangeNotice } from '../../lib/ui/pack-changes';
import type { PacksApi } from '../../lib/ui/PacksSection';
import { axeViolations } from './axe';
import { memorySettings } from './fake-settings';
import { story } from './fixtures/story';
import { bundledCatalog, installedPack, packStory } from './stories-fixture';

afterEach(cleanup);

test('removing a pack from the stories list removes it from the packs section; axe clean', async () => {
  let installed: InstalledPack[] = [installedPack()];
  const packs = withChangeNotice({
    list: async () => installed,
    read: vi.fn(),
    add: vi.fn(),
    remove: vi.fn(async (id: string) => {
      installed = installed.filter((p) => p.id !== id);
    }),
    sites: { contains: async () => true, request: async () => true },
  } as unknown as PacksApi);
  const { store } = memorySettings({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
  render(
    <OptionsApp
      api={{
        settings: store,
        permission: { contains: async () => false, request: async () => false, remove: async () => true },
        packs,
        stories: {
          bundledCatalog: async () => bundledCatalog(),
          packs: () => packs.list(),
          removePack: (id) => packs.remove(id),
          watch: packs.watch,
        },
      }}
    />,
  );
  await screen.findByRole('article', { name: packStory.title });
  const stories = document.querySelector<HTMLElement>('.px-stories-section')!;
  const packList = await screen.findByRole('list', { name: 'Installed story packs' });
  expect(packList.textContent).toContain('Class 7b');
  expect(await axeViolations(document.body)).toEqual([]);

  // Both lists offer the removal; this is the stories list's.
  const inStories = (buttons: HTMLElement[]) => buttons.find((b) => stories.contains(b))!;
  fireEvent.click(inStories(screen.getAllByRole('button', { name: 'Remove the story pack “Class 7b”…' })));
  await waitFor(() => expect(screen.getAllByRole('button', { name: 'Remove “Class 7b”' })).toHaveLength(1));
  fireEvent.click(inStories(screen.getAllByRole('button', { name: 'Remove “Class 7b”' })));
  await screen.findByText('No story packs added.');
  await waitFor(() => expect(within(stories).queryByRole('article', { name: packStory.title })).toBeNull());
  expect(within(stories).getByRole('article', { name: story.title })).toBeTruthy();
});
