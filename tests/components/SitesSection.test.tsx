// The options page's list of sites allowed one by one: listed by name, each can be taken back; no axe violations.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { siteName, SitesSection, type SitesApi } from '../../lib/ui/SitesSection';
import { axeViolations } from './axe';

afterEach(cleanup);

function fakeSites(granted: string[]) {
  let listener: (() => void) | null = null;
  const api: SitesApi & { granted: string[]; fire(): void } = {
    granted,
    list: vi.fn(async () => [...api.granted]),
    remove: vi.fn(async (pattern: string) => {
      api.granted = api.granted.filter((p) => p !== pattern);
      return true;
    }),
    watch: (callback) => {
      listener = callback;
      return () => (listener = null);
    },
    fire: () => listener?.(),
  };
  return api;
}

describe('SitesSection', () => {
  test('names each allowed site; Stop checking gives its access back and says so; no axe violations', async () => {
    const api = fakeSites(['*://*.france24.com/*', '*://*.news.example/*']);
    const { container } = render(<SitesSection api={api} />);
    const list = await screen.findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['france24.com', 'news.example']);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Stop checking news.example' }));
    await screen.findByText(/Parallax no longer checks news.example by itself/);
    expect(api.remove).toHaveBeenCalledWith('*://*.news.example/*');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
  });

  test('says when there is none, and follows grants made elsewhere (the popup)', async () => {
    const api = fakeSites([]);
    render(<SitesSection api={api} />);
    await screen.findByText('No site yet.');
    api.granted.push('*://*.news.example/*');
    api.fire();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stop checking news.example' })).toBeTruthy());
  });

  test('site names drop the pattern around them', () => {
    expect(siteName('*://*.news.example/*')).toBe('news.example');
    expect(siteName('*://web.archive.org/*')).toBe('web.archive.org');
  });
});
