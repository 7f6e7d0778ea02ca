// The toolbar popup: each tab state, the automatic check on opening, the sidebar button and highlighting.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SidebarState, TabState } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { SETTINGS_KEY } from '../../lib/settings/settings-store';
import { Popup, type PopupProps } from '../../lib/ui/Popup';
import { PopupApp, type PopupApi } from '../../lib/ui/PopupApp';
import { axeViolations } from './axe';
import { memorySettings } from './fake-settings';

afterEach(cleanup);

const recognised: TabState = {
  checked: true,
  match: { story: 'mali-2013-02', article: 'cnn-r2', revision: 2, score: 0.97, method: 'address+text' },
  headline: 'French troops kill ‘hundreds’ of Islamist fighters in Mali',
  publisher: 'CNN',
  unavailable: false,
  sidebar: 'open',
};
const unrecognised: TabState = {
  checked: true,
  match: null,
  headline: null,
  publisher: null,
  unavailable: false,
  sidebar: null,
};
const unchecked: TabState = { ...unrecognised, checked: false };
const unavailable: TabState = { ...unchecked, unavailable: true };

function view(state: TabState, extra: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    view: { kind: 'tab', state },
    checking: false,
    highlightsOn: true,
    onToggleHighlights: vi.fn(),
    onCheck: vi.fn(),
    onSidebar: vi.fn(),
    onOpenOptions: vi.fn(),
    ...extra,
  };
  return { ...render(<Popup {...props} />), props };
}

describe('Popup view', () => {
  test('recognised: names the article, publisher and revision; no axe violations', async () => {
    const { container } = view(recognised);
    expect(screen.getByRole('status').textContent).toBe(
      'Parallax knows this article:French troops kill ‘hundreds’ of Islamist fighters in Mali — CNN, revision 2',
    );
    expect(screen.getByRole('switch', { name: /Highlight disputed figures/ }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  test('recognised: the sidebar button follows the sidebar’s state', () => {
    const { props } = view(recognised);
    fireEvent.click(screen.getByRole('button', { name: 'Close the sidebar' }));
    expect(props.onSidebar).toHaveBeenCalledWith('close');
    cleanup();
    const collapsed = view({ ...recognised, sidebar: 'collapsed' });
    fireEvent.click(screen.getByRole('button', { name: 'Open the sidebar' }));
    expect(collapsed.props.onSidebar).toHaveBeenCalledWith('open');
  });

  test('unrecognised: says so in one line, links to the stories it knows, offers a check; no axe violations', async () => {
    const onOpenStories = vi.fn();
    const { container, props } = view(unrecognised, {
      storiesHref: 'chrome-extension://id/welcome.html#stories',
      onOpenStories,
    });
    expect(screen.getByRole('status').textContent).toBe('Parallax doesn’t know this article.');
    const link = screen.getByRole('link', { name: 'See the stories Parallax knows' });
    expect(link.getAttribute('href')).toBe('chrome-extension://id/welcome.html#stories');
    fireEvent.click(link);
    expect(onOpenStories).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Check this page again' }));
    expect(props.onCheck).toHaveBeenCalledOnce();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('unavailable: says the page cannot be checked and offers nothing to click but settings', async () => {
    const { container } = view(unavailable);
    expect(screen.getByRole('status').textContent).toContain('can’t check this page');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Settings']);
    expect(await axeViolations(container)).toEqual([]);
  });

  test('while checking, the check button says so and is disabled', () => {
    view(unchecked, { checking: true });
    const button = screen.getByRole('button', { name: 'Checking…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });
});

function fakeApi(first: TabState, afterCheck: TabState = recognised) {
  const { area, store } = memorySettings({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, highlights: false } });
  const api: PopupApi = {
    activeTabId: vi.fn(async () => 7),
    tabState: vi.fn(async () => first),
    checkTab: vi.fn(async () => afterCheck),
    sidebar: vi.fn(
      async (_id: number, action: 'open' | 'close'): Promise<SidebarState> => (action === 'open' ? 'open' : 'closed'),
    ),
    settings: store,
    openOptions: vi.fn(),
  };
  return { api, area };
}

describe('PopupApp', () => {
  test('an unchecked page is checked as soon as the popup opens', async () => {
    const { api } = fakeApi(unchecked);
    render(<PopupApp api={api} />);
    await screen.findByText(/French troops kill/);
    expect(api.tabState).toHaveBeenCalledWith(7);
    expect(api.checkTab).toHaveBeenCalledWith(7);
  });

  test('a page already checked is not checked again; an unavailable one is not checked at all', async () => {
    const { api } = fakeApi(recognised);
    render(<PopupApp api={api} />);
    await screen.findByText(/French troops kill/);
    cleanup();
    const other = fakeApi(unavailable);
    render(<PopupApp api={other.api} />);
    await screen.findByText(/can’t check this page/);
    expect(api.checkTab).not.toHaveBeenCalled();
    expect(other.api.checkTab).not.toHaveBeenCalled();
  });

  test('the sidebar button sends the action to the tab and shows the new state', async () => {
    const { api } = fakeApi(recognised);
    render(<PopupApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Close the sidebar' }));
    expect(api.sidebar).toHaveBeenCalledWith(7, 'close');
    await screen.findByRole('button', { name: 'Open the sidebar' });
  });

  test('the highlighting switch starts from the settings and writes them', async () => {
    const { api, area } = fakeApi(recognised);
    render(<PopupApp api={api} />);
    const sw = await screen.findByRole('switch');
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(sw);
    await waitFor(() => expect((area.data.get(SETTINGS_KEY) as { highlights: boolean }).highlights).toBe(true));
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });

  test('a failure to reach the background is shown as text', async () => {
    const { api } = fakeApi(recognised);
    api.tabState = vi.fn(async () => {
      throw new Error('Could not establish connection.');
    });
    render(<PopupApp api={api} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Parallax could not look at this page: Could not establish connection.',
      ),
    );
  });
});

const eventState: TabState = {
  ...unrecognised,
  event: { story: 'mali-offensive-2013', title: 'France’s offensive in Mali', facts: 6, articles: 5 },
  sidebar: 'open',
};

describe('a report of a known story, and sites checked without a click', () => {
  test('an event match names the story and says the article is not reviewed; no axe violations', async () => {
    const { container } = view(eventState);
    const status = screen.getByRole('status').textContent!;
    expect(status).toContain('This page reports a story Parallax knows:');
    expect(status).toContain('France’s offensive in Mali');
    expect(status).toContain('Parallax has not reviewed this article');
    expect(status).toContain('5 reviewed articles');
    expect(screen.getByRole('switch', { name: /Highlight figures that differ/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close the sidebar' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  test(
    'after a check, a site Parallax does not check by itself is offered; one it does, or an unchecked page, is ' +
      'not',
    async () => {
      const onAlwaysCheck = vi.fn();
      const { container } = view(unrecognised, { site: { host: 'news.example', automatic: false }, onAlwaysCheck });
      fireEvent.click(screen.getByRole('button', { name: 'Always check pages on news.example' }));
      expect(onAlwaysCheck).toHaveBeenCalledOnce();
      expect(await axeViolations(container)).toEqual([]);
      cleanup();
      view(recognised, { site: { host: 'cnn.com', automatic: true }, onAlwaysCheck });
      expect(screen.queryByRole('button', { name: /Always check/ })).toBeNull();
      cleanup();
      view(unchecked, { site: { host: 'news.example', automatic: false }, onAlwaysCheck });
      expect(screen.queryByRole('button', { name: /Always check/ })).toBeNull();
    },
  );

  test('the offer asks for that one site inside the click, then says it is done', async () => {
    const { api } = fakeApi(eventState);
    api.siteAccess = vi.fn(async () => ({ host: 'news.example', pattern: '*://*.news.example/*', automatic: false }));
    api.allowSite = vi.fn(async () => true);
    render(<PopupApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Always check pages on news.example' }));
    expect(api.allowSite).toHaveBeenCalledWith('*://*.news.example/*');
    await screen.findByText(/Parallax now checks pages on news.example as you open them/);
    expect(screen.queryByRole('button', { name: /Always check/ })).toBeNull();
  });

  test('a refused request leaves the offer in place', async () => {
    const { api } = fakeApi(unrecognised);
    api.siteAccess = vi.fn(async () => ({ host: 'news.example', pattern: '*://*.news.example/*', automatic: false }));
    api.allowSite = vi.fn(async () => false);
    render(<PopupApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Always check pages on news.example' }));
    await waitFor(() => expect(api.allowSite).toHaveBeenCalled());
    expect(screen.getByRole('button', { name: 'Always check pages on news.example' })).toBeTruthy();
  });
});
