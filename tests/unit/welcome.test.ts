// The welcome page opens on a first installation only: never on an update, a browser update or a reload.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test } from 'vitest';
import { opensWelcome, showWelcomeOnInstall, WELCOME_PATH } from '../../entrypoints/background/welcome';

beforeEach(() => fakeBrowser.reset());

test.each([
  ['install', true],
  ['update', false],
  ['chrome_update', false],
  ['browser_update', false],
  ['shared_module_update', false],
])('onInstalled "%s" opens the welcome page: %s', (reason, expected) => {
  expect(opensWelcome({ reason })).toBe(expected);
});

test('the installation opens one tab on the welcome page; an update opens none', async () => {
  showWelcomeOnInstall();
  const welcome = fakeBrowser.runtime.getURL(WELCOME_PATH as '/welcome.html');
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url === welcome);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  await fakeBrowser.runtime.onInstalled.trigger({
    reason: 'update',
    previousVersion: '0.1.0',
    temporary: false,
  } as never);
  await settle();
  expect(await welcomeTabs()).toHaveLength(0);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
  await settle();
  expect(await welcomeTabs()).toHaveLength(1);
  expect(WELCOME_PATH).toBe('/welcome.html?installed');
});
