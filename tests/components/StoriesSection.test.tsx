// The stories list of the welcome and options pages: every story with its dates, disputed facts, source and articles
// (links to the publisher and to an archived copy), pack stories removable only after a confirmation, damaged data
// left out with a clear message, and changes made elsewhere followed.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { InstalledPack } from '../../lib/packs/pack-store';
import { StoriesSection, type StoriesApi } from '../../lib/ui/StoriesSection';
import { axeViolations } from './axe';
import { story } from './fixtures/story';
import { bundledCatalog, installedPack, packStory } from './stories-fixture';

afterEach(cleanup);

function setup(options: { removable?: boolean; catalog?: () => Promise<unknown>; packs?: InstalledPack[] } = {}) {
  let packs = options.packs ?? [installedPack()];
  const watchers = new Set<() => void>();
  const api: StoriesApi = {
    bundledCatalog: options.catalog ?? (async () => bundledCatalog()),
    packs: vi.fn(async () => packs),
    removePack: vi.fn(async (id: string) => {
      packs = packs.filter((p) => p.id !== id);
    }),
    watch(callback) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
  const onLoaded = vi.fn();
  render(<StoriesSection api={api} removable={options.removable} onLoaded={onLoaded} />);
  const elsewhere = (next: InstalledPack[]) => {
    packs = next;
    for (const w of watchers) w();
  };
  return { api, onLoaded, elsewhere };
}

const entryOf = (title: string) => screen.getByRole('article', { name: title });

describe('StoriesSection', () => {
  test('lists bundled and pack stories with dates, disputed facts, source and a link per article; axe clean', async () => {
    const { onLoaded } = setup();
    const list = await screen.findByRole('list', { name: 'Stories Parallax knows' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([story.title, packStory.title]);
    const bundled = entryOf(story.title);
    const disputed = story.facts.filter((f) => f.status === 'disputed').length;
    expect(bundled.textContent).toContain(`5–6 February 2013 · ${disputed} of ${story.facts.length} facts disputed`);
    expect(bundled.textContent).toContain('Comes with Parallax.');
    for (const article of story.articles.filter((a) => a.url)) {
      const name = new RegExp(
        `\\(${article.revision ? `${article.publisher}, revision ${article.revision.number}` : article.publisher}\\)`,
      );
      expect(within(bundled).getByRole('link', { name }).getAttribute('href')).toBe(new URL(article.url!).href);
    }
    // CNN's first revision shares its address with the second, which the publisher now serves there.
    expect(bundled.textContent).toContain('The publisher has since replaced it at this address with revision 2.');
    const pack = entryOf(packStory.title);
    expect(pack.textContent).toContain('From the story pack “Class 7b”.');
    expect(
      within(pack)
        .getByRole('link', { name: /Read it at valley\.example/ })
        .getAttribute('href'),
    ).toBe('https://www.valley.example/floods');
    expect(
      within(pack)
        .getByRole('link', { name: /Archived copy at web\.archive\.org/ })
        .getAttribute('href'),
    ).toBe('https://web.archive.org/web/20210716/https://www.valley.example/floods');
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('target')).toBe('_blank');
    // The welcome page removes nothing.
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    await waitFor(() => expect(onLoaded).toHaveBeenCalledOnce());
    expect(await axeViolations(document.body)).toEqual([]);
  });

  test('a pack story is removed only after the reader confirms; keeping it changes nothing', async () => {
    const { api } = setup({ removable: true });
    await screen.findByRole('list', { name: 'Stories Parallax knows' });
    expect(within(entryOf(story.title)).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the story pack “Class 7b”…' }));
    const question = screen.getByRole('group', {
      name: /Its 1 story \(Floods in the valley\) will no longer be recognised/,
    });
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(api.removePack).not.toHaveBeenCalled();
    expect(screen.getByRole('article', { name: packStory.title })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the story pack “Class 7b”…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Class 7b”' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: packStory.title })).toBeNull());
    expect(api.removePack).toHaveBeenCalledWith('class-7b');
    expect(screen.getByRole('status').textContent).toBe('Removed the story pack “Class 7b”.');
    expect(screen.getByRole('article', { name: story.title })).toBeTruthy();
  });

  test('a removal that fails says so and keeps the pack listed', async () => {
    const { api } = setup({ removable: true });
    vi.mocked(api.removePack!).mockRejectedValueOnce(new Error('the store is locked'));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the story pack “Class 7b”…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Class 7b”' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not remove “Class 7b”: Error: the store is locked'),
    );
    expect(screen.getByRole('article', { name: packStory.title })).toBeTruthy();
  });

  test('follows packs added or removed in another page', async () => {
    const { elsewhere } = setup({ packs: [] });
    await screen.findByRole('article', { name: story.title });
    expect(screen.queryByRole('article', { name: packStory.title })).toBeNull();
    elsewhere([installedPack()]);
    await screen.findByRole('article', { name: packStory.title });
    elsewhere([]);
    await waitFor(() => expect(screen.queryByRole('article', { name: packStory.title })).toBeNull());
  });

  test('a catalog that cannot be read is said, the packs are still listed; damaged entries are left out', async () => {
    const broken = {
      ...installedPack(),
      stories: [{ id: 'x' }, ...installedPack().stories],
    } as unknown as InstalledPack;
    setup({ catalog: async () => Promise.reject(new Error('404')), packs: [broken] });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not read the stories that come with Parallax: Error: 404',
    );
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toHaveLength(1);
    expect(screen.getByRole('article', { name: packStory.title })).toBeTruthy();
  });

  test('a catalog of the wrong shape lists nothing and says there is nothing', async () => {
    setup({ catalog: async () => ({ stories: 'none' }), packs: [] });
    expect(await screen.findByText('Parallax knows no story yet.')).toBeTruthy();
  });
});
