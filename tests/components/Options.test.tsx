// The options page: reflects the real permission, asks for it inside the click, saves each change politely.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { SETTINGS_KEY } from '../../lib/settings/settings-store';
import { OptionsApp, type AllSitesPermission } from '../../lib/ui/OptionsApp';
import { axeViolations } from './axe';
import { memorySettings } from './fake-settings';

afterEach(cleanup);

function setup(stored: Partial<Settings> = {}, granted = false, grant = true) {
  const { area, store } = memorySettings({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...stored } });
  let has = granted;
  const watchers = new Set<() => void>();
  const permission: AllSitesPermission = {
    contains: vi.fn(async () => has),
    request: vi.fn(async () => (has = grant)),
    remove: vi.fn(async () => {
      has = false;
      return true;
    }),
    watch(callback) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
  /** The permission changes outside the page (the browser's own extension settings). */
  const changeElsewhere = (now: boolean) => {
    has = now;
    for (const w of watchers) w();
  };
  const saved = () => area.data.get(SETTINGS_KEY) as Settings;
  render(<OptionsApp api={{ settings: store, permission }} />);
  return { permission, saved, changeElsewhere };
}

const allSitesSwitch = () => screen.findByRole('switch', { name: /Check every site automatically/ });

describe('Options', () => {
  test('shows the saved settings; no axe violations', async () => {
    setup({ sidebarSide: 'left', sidebarStart: 'collapsed', highlights: false });
    await allSitesSwitch();
    expect((screen.getByRole('radio', { name: 'Left' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Collapsed to a slim tab' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('switch', { name: /Highlight disputed figures/ }).getAttribute('aria-checked')).toBe(
      'false',
    );
    expect(await axeViolations(document.body)).toEqual([]);
  });

  test('reflects the real permission, and repairs a setting that disagrees with it', async () => {
    const { saved } = setup({ autoCheckAllSites: true }, false);
    const sw = await allSitesSwitch();
    expect(sw.getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(saved().autoCheckAllSites).toBe(false));
  });

  test('follows the permission when it is granted or taken back elsewhere', async () => {
    const { changeElsewhere, saved } = setup();
    const sw = await allSitesSwitch();
    changeElsewhere(true);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('true'));
    await waitFor(() => expect(saved().autoCheckAllSites).toBe(true));
    changeElsewhere(false);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('false'));
  });

  test('turning all-sites checking on requests the permission within the click, then saves', async () => {
    const { permission, saved } = setup();
    const sw = await allSitesSwitch();
    fireEvent.click(sw);
    // Synchronously, before anything awaited: still inside the user gesture.
    expect(permission.request).toHaveBeenCalledOnce();
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('true'));
    await waitFor(() => expect(saved().autoCheckAllSites).toBe(true));
    expect(screen.getByRole('status').textContent).toBe('Saved: Parallax will check every site.');
  });

  test('a refused permission leaves the switch off and says so', async () => {
    const { saved } = setup({}, false, false);
    const sw = await allSitesSwitch();
    fireEvent.click(sw);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Not changed: access to all sites was not granted.'),
    );
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(saved().autoCheckAllSites).toBe(false);
  });

  test('turning it off gives the permission back', async () => {
    const { permission, saved } = setup({ autoCheckAllSites: true }, true);
    const sw = await allSitesSwitch();
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(sw);
    expect(permission.remove).toHaveBeenCalledOnce();
    await waitFor(() => expect(saved().autoCheckAllSites).toBe(false));
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  test('side, start state and highlighting are saved on change with a status message', async () => {
    const { saved } = setup();
    await allSitesSwitch();
    fireEvent.click(screen.getByRole('radio', { name: 'Left' }));
    await waitFor(() => expect(saved().sidebarSide).toBe('left'));
    // The message follows the write once the store's queued save resolves.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    fireEvent.click(screen.getByRole('radio', { name: 'Open' }));
    await waitFor(() => expect(saved().sidebarStart).toBe('open'));
    fireEvent.click(screen.getByRole('switch', { name: /Highlight disputed figures/ }));
    await waitFor(() => expect(saved().highlights).toBe(false));
    expect(saved()).toEqual({ ...DEFAULT_SETTINGS, sidebarSide: 'left', sidebarStart: 'open', highlights: false });
  });
});
