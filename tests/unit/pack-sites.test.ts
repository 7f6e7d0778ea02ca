import { expect, test } from 'vitest';
import { syncPackSites, type PackSitesApi } from '../../entrypoints/background/pack-sites';

function fakeApi(granted: string[]) {
  const registered = new Map<string, { id: string; matches: string[]; excludeMatches: string[] }>();
  const api: PackSitesApi & { granted: string[] } = {
    granted,
    permissions: { contains: async ({ origins }) => origins.every((o) => api.granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`duplicate script id ${s.id}`);
          registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => registered.delete(id)),
    },
    manifestMatches: () => ['*://*.cnn.com/*', '*://web.archive.org/*'],
  };
  return { api, registered };
}

const hosts = ['www.cnn.com', 'news.yahoo.com', 'www.france24.com'];

test('registers the content script for the granted pack sites outside the manifest, and follows the grants', async () => {
  const { api, registered } = fakeApi(['*://*.france24.com/*']);
  await expect(syncPackSites(api, hosts)).resolves.toBe('registered');
  expect([...registered.values()]).toEqual([expect.objectContaining({
    matches: ['*://*.france24.com/*'], excludeMatches: ['*://*.cnn.com/*', '*://web.archive.org/*'],
  })]);
  await expect(syncPackSites(api, hosts)).resolves.toBe('unchanged');
  api.granted.push('*://*.news.yahoo.com/*');
  await expect(syncPackSites(api, hosts)).resolves.toBe('registered');
  expect(registered.get('parallax-pack-sites')?.matches).toEqual(['*://*.france24.com/*', '*://*.news.yahoo.com/*']);
  await expect(syncPackSites(api, [])).resolves.toBe('unregistered');
  expect(registered.size).toBe(0);
});

test('registers nothing while all-sites checking covers every site, or without any grant', async () => {
  const all = fakeApi(['*://*/*', '*://*.france24.com/*']);
  await expect(syncPackSites(all.api, hosts)).resolves.toBe('unchanged');
  expect(all.registered.size).toBe(0);
  const none = fakeApi([]);
  await expect(syncPackSites(none.api, hosts)).resolves.toBe('unchanged');
  expect(none.registered.size).toBe(0);
});
