import { expect, test } from 'vitest';
import { syncAllSites, type AllSitesApi } from '../../entrypoints/background/all-sites';
import { fakeRegistrations } from './background/fake-registrations';

function fakeApi(granted: boolean) {
  const { scripting, registered } = fakeRegistrations();
  const api: AllSitesApi & { granted: boolean } = {
    granted,
    permissions: { contains: async ({ origins }) => api.granted && origins.every((o) => o === '*://*/*') },
    scripting,
    manifestMatches: () => ['*://*.cnn.com/*', '*://web.archive.org/*'],
  };
  return { api, registered };
}

test('registers the page-loaded script for every site once the permission is granted, never twice', async () => {
  const { api, registered } = fakeApi(true);
  await expect(syncAllSites(api)).resolves.toBe('registered');
  await expect(syncAllSites(api)).resolves.toBe('unchanged');
  const [script] = [...registered.values()];
  expect(registered.size).toBe(1);
  expect(script?.matches).toEqual(['*://*/*']);
  expect(script?.excludeMatches).toEqual(['*://*.cnn.com/*', '*://web.archive.org/*']);
  expect(script?.js).toEqual(['page-loaded.js']);
  expect(script?.runAt).toBe('document_start');
});

test("replaces an earlier version's registration of the content script itself", async () => {
  const { api, registered } = fakeApi(true);
  registered.set('parallax-all-sites', {
    id: 'parallax-all-sites',
    matches: ['*://*/*'],
    excludeMatches: [],
    js: ['content-scripts/content.js'],
    runAt: 'document_idle',
  });
  await expect(syncAllSites(api)).resolves.toBe('registered');
  expect(registered.size).toBe(1);
  expect(registered.get('parallax-all-sites')).toMatchObject({ js: ['page-loaded.js'], runAt: 'document_start' });
  await expect(syncAllSites(api)).resolves.toBe('unchanged');
});

test('unregisters it when the reader takes the permission back', async () => {
  const { api, registered } = fakeApi(true);
  await syncAllSites(api);
  api.granted = false;
  await expect(syncAllSites(api)).resolves.toBe('unregistered');
  expect(registered.size).toBe(0);
});

test('does nothing without the permission', async () => {
  const { api, registered } = fakeApi(false);
  await expect(syncAllSites(api)).resolves.toBe('unchanged');
  expect(registered.size).toBe(0);
});
