import { readFileSync } from 'node:fs';
import { expect, test, vi } from 'vitest';
import { createIndexStore } from '../../entrypoints/background/index-store';
import type { PageSnapshot } from '../../lib/recognise/types';

const built = readFileSync(new URL('../../public/generated/index.json', import.meta.url), 'utf8');
const cnnPage: PageSnapshot = {
  url: 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
  canonical: null,
  ogUrl: null,
  jsonLdUrls: [],
  text: '',
};

test('recognises a known address with the bundled index, loading it once', async () => {
  const fetchIndex = vi.fn(async () => new Response(built));
  const store = createIndexStore(fetchIndex);
  const first = await store.recognise(cnnPage);
  const second = await store.recognise({ ...cnnPage, url: 'https://www.example.org/' });
  expect(first.match?.story).toBe('mali-offensive-2013');
  expect(first.match && 'story' in first ? first.story.id : null).toBe('mali-offensive-2013');
  expect(second).toEqual({ match: null });
  expect(fetchIndex).toHaveBeenCalledTimes(1);
});

test.each([
  ['a corrupt index file', async () => new Response('{"version":1,"stories":[')],
  ['a missing index file', async () => Promise.reject(new TypeError('Failed to fetch'))],
])('%s turns recognition off quietly', async (_name, fetchIndex) => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const store = createIndexStore(fetchIndex);
  await expect(store.recognise(cnnPage)).resolves.toEqual({ match: null });
  expect(warn).toHaveBeenCalledOnce();
  warn.mockRestore();
});
