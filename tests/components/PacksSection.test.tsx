// The options page's story packs: a checked pack is previewed, then added (site access asked inside the click),
// listed and removed; a refused file says why and adds nothing.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { InstalledPack } from '../../lib/packs/pack-store';
import type { ReadPack } from '../../lib/packs/read-pack';
import { PacksSection, type PacksApi } from '../../lib/ui/PacksSection';
import { axeViolations } from './axe';

afterEach(cleanup);

const pack = {
  manifest: {
    format: 1,
    id: 'class-pack',
    title: 'Class pack',
    version: '2',
    indexFormat: 1,
    storyFormat: 1,
    recognition: { bytes: 1, sha256: '' },
    stories: [],
    hosts: ['news.example', 'www.paper.example'],
  },
  recognition: new ArrayBuffer(8),
  stories: [{ story: { id: 'story-a', title: 'Story A' }, json: '{}' }],
} as unknown as ReadPack;

function setup(options: { refuse?: string; grant?: boolean } = {}) {
  const installed: InstalledPack[] = [];
  const granted = new Set<string>();
  const api: PacksApi = {
    list: vi.fn(async () => [...installed]),
    read: vi.fn(async () => {
      if (options.refuse) throw new Error(options.refuse);
      return pack;
    }),
    add: vi.fn(async (p: ReadPack) => {
      installed.push({
        id: p.manifest.id,
        title: p.manifest.title,
        version: p.manifest.version,
        hosts: p.manifest.hosts,
        stories: [{ title: 'Story A' } as InstalledPack['stories'][number]],
      });
    }),
    remove: vi.fn(
      async (id: string) =>
        void installed.splice(
          installed.findIndex((p) => p.id === id),
          1,
        ),
    ),
    sites: {
      contains: vi.fn(async (origins: string[]) => origins.every((o) => granted.has(o))),
      request: vi.fn(async (origins: string[]) => {
        if (options.grant) for (const o of origins) granted.add(o);
        return options.grant ?? false;
      }),
    },
  };
  render(<PacksSection api={api} />);
  return { api };
}

function chooseFile(): void {
  const input = screen.getByLabelText('Add a story pack from a file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'class.parallax-pack')], configurable: true });
  fireEvent.change(input);
}

describe('PacksSection', () => {
  test('previews a checked pack, adds it asking for its sites inside the click, lists it; no axe violations', async () => {
    const { api } = setup({ grant: true });
    await screen.findByText('No story packs added.');
    chooseFile();
    await screen.findByText('“Class pack”, version 2');
    expect(screen.getByText(/news\.example, www\.paper\.example/)).toBeTruthy();
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add this pack' }));
    expect(api.sites.request).toHaveBeenCalledWith(['*://*.news.example/*', '*://*.paper.example/*']);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Its articles are checked automatically.'),
    );
    const list = screen.getByRole('list', { name: 'Installed story packs' });
    expect(list.textContent).toContain('Checked automatically on these sites.');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  test('without the site access the pack is still added, checked on the toolbar click, and can ask again', async () => {
    const { api } = setup({ grant: false });
    chooseFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Add this pack' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Click the Parallax button'));
    expect(api.add).toHaveBeenCalledOnce();
    fireEvent.click(await screen.findByRole('button', { name: 'Check these sites automatically' }));
    expect(api.sites.request).toHaveBeenCalledTimes(2);
  });

  test('a refused file says why and adds nothing', async () => {
    const { api } = setup({
      refuse: 'This pack is damaged or was changed after it was made: story "a" does not match its SHA-256 digest.',
    });
    chooseFile();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'class.parallax-pack was not added. This pack is damaged or was changed after it was made: story "a" does ' +
        'not match its SHA-256 digest.',
    );
    expect(screen.queryByRole('button', { name: 'Add this pack' })).toBeNull();
    expect(api.add).not.toHaveBeenCalled();
  });

  test('removes a pack only once the reader confirms, after saying which stories go with it', async () => {
    const { api } = setup({ grant: true });
    chooseFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Add this pack' }));
    const ask = await screen.findByRole('button', { name: 'Remove the story pack “Class pack”…' });
    fireEvent.click(ask);
    expect(
      screen.getByRole('group', { name: /Remove the story pack “Class pack”\? Its 1 story \(Story A\)/ }),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep it'));
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
    expect(api.remove).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Remove the pack…'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the story pack “Class pack”…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Class pack”' }));
    await screen.findByText('No story packs added.');
    expect(api.remove).toHaveBeenCalledWith('class-pack');
    expect(screen.getByRole('status').textContent).toBe('Removed “Class pack”.');
  });
});
