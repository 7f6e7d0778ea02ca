import { expect, test } from 'vitest';
import { syncGrantedSites, type GrantedSitesApi } from '../../entrypoints/background/granted-sites';
import { fakeRegistrations } from './background/fake-registrations';

const MANIFEST = ['*://*.cnn.com/*', '*://web.archive.org/*'];

function fakeApi(granted: string[], legacy = false) {
  const { scripting, registered } = fakeRegistrations();
  if (legacy)
    registered.set('parallax-pack-sites', {
      id: 'parallax-pack-sites',
      matches: ['*://*.france24.com/*'],
      excludeMatches: MANIFEST,
    });
  const api: GrantedSitesApi & { granted: string[] } = {
    granted,
    // As the browsers answer: the manifest's own host access is listed with the optional grants.
    permissions: { getAll: async () => ({ origins: [...MANIFEST, ...api.granted] }) },
    scripting,
    manifestMatches: () => MANIFEST,
  };
  return { api, registered };
}

test('registers the content script for the sites granted one by one outside the manifest, and follows the grants', async () => {
  const { api, registered } = fakeApi(['*://*.france24.com/*']);
  await expect(syncGrantedSites(api)).resolves.toBe('registered');
  expect([...registered.values()]).toEqual([
    expect.objectContaining({
      id: 'parallax-granted-sites',
      matches: ['*://*.france24.com/*'],
      excludeMatches: MANIFEST,
      js: ['page-loaded.js'],
      runAt: 'document_start',
    }),
  ]);
  await expect(syncGrantedSites(api)).resolves.toBe('unchanged');
  // "Always check pages on news.example" in the popup grants one more site.
  api.granted.push('*://*.news.example/*');
  await expect(syncGrantedSites(api)).resolves.toBe('registered');
  expect(registered.get('parallax-granted-sites')?.matches).toEqual(['*://*.france24.com/*', '*://*.news.example/*']);
  api.granted.splice(0);
  await expect(syncGrantedSites(api)).resolves.toBe('unregistered');
  expect(registered.size).toBe(0);
});

test('registers nothing while all-sites checking covers every site, or without any grant', async () => {
  const all = fakeApi(['*://*/*', '*://*.france24.com/*']);
  await expect(syncGrantedSites(all.api)).resolves.toBe('unchanged');
  expect(all.registered.size).toBe(0);
  const none = fakeApi([]);
  await expect(syncGrantedSites(none.api)).resolves.toBe('unchanged');
  expect(none.registered.size).toBe(0);
});

test('takes back the registration an earlier version made for pack sites, so no page gets the script twice', async () => {
  const { api, registered } = fakeApi(['*://*.france24.com/*'], true);
  await syncGrantedSites(api);
  expect([...registered.keys()]).toEqual(['parallax-granted-sites']);
});

test("replaces an earlier version's registration of the content script itself for the same sites", async () => {
  const { api, registered } = fakeApi(['*://*.france24.com/*']);
  registered.set('parallax-granted-sites', {
    id: 'parallax-granted-sites',
    matches: ['*://*.france24.com/*'],
    excludeMatches: MANIFEST,
    js: ['content-scripts/content.js'],
    runAt: 'document_idle',
  });
  await expect(syncGrantedSites(api)).resolves.toBe('registered');
  expect([...registered.values()]).toEqual([
    expect.objectContaining({ js: ['page-loaded.js'], runAt: 'document_start' }),
  ]);
  await expect(syncGrantedSites(api)).resolves.toBe('unchanged');
});
