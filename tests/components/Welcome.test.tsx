// The welcome page: what Parallax does in two sentences, a described picture of the sidebar, the stories it knows,
// and the way to the settings; a greeting only when the installation opened it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { StoriesApi } from '../../lib/ui/StoriesSection';
import { Welcome } from '../../lib/ui/Welcome';
import { axeViolations } from './axe';
import { story } from './fixtures/story';
import { bundledCatalog } from './stories-fixture';

afterEach(cleanup);

const api: StoriesApi = { bundledCatalog: async () => bundledCatalog(), packs: async () => [] };
const picture = {
  src: 'sidebar.webp',
  alt: 'Parallax’s sidebar beside an article, its disputed figures highlighted.',
  width: 1200,
  height: 760,
};

test('on installation: a greeting, two sentences on what Parallax does, the picture, the stories; axe clean', async () => {
  const onOpenOptions = vi.fn();
  const onStoriesLoaded = vi.fn();
  render(
    <Welcome
      installed
      picture={picture}
      stories={api}
      onOpenOptions={onOpenOptions}
      onStoriesLoaded={onStoriesLoaded}
    />,
  );
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Parallax');
  const lead = document.querySelector('.px-welcome-lead')!.textContent!.replace(/\s+/g, ' ').trim();
  expect(lead.split(/(?<=\.) /)).toHaveLength(2);
  expect(lead).toContain('nothing you read leaves your browser');
  const img = screen.getByRole('img', { name: picture.alt });
  expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '760']);
  await screen.findByRole('article', { name: story.title });
  await waitFor(() => expect(onStoriesLoaded).toHaveBeenCalledOnce());
  expect(document.getElementById('stories')?.querySelector('h2')?.textContent).toBe('Stories Parallax knows');
  fireEvent.click(screen.getByRole('button', { name: 'Settings and story packs' }));
  expect(onOpenOptions).toHaveBeenCalledOnce();
  expect(await axeViolations(document.body)).toEqual([]);
});

test('opened from the popup: no greeting; without a picture the page still reads whole', async () => {
  render(<Welcome installed={false} picture={null} stories={api} onOpenOptions={vi.fn()} />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Where Parallax works');
  expect(screen.queryByRole('img')).toBeNull();
  await screen.findByRole('article', { name: story.title });
  expect(await axeViolations(document.body)).toEqual([]);
});
