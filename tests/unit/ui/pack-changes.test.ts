// The options page's two views of the installed packs hear each other's changes.
import { expect, test, vi } from 'vitest';
import { withChangeNotice } from '../../../lib/ui/pack-changes';
import type { PacksApi } from '../../../lib/ui/PacksSection';

function api(failRemove = false): PacksApi {
  return {
    list: vi.fn(async () => []),
    read: vi.fn(),
    add: vi.fn(async () => undefined),
    remove: vi.fn(async () => {
      if (failRemove) throw new Error('store is gone');
    }),
    sites: { contains: vi.fn(), request: vi.fn() },
  } as unknown as PacksApi;
}

test('an add or a removal tells every watcher once it is done; an unsubscribed watcher hears nothing', async () => {
  const packs = withChangeNotice(api());
  const a = vi.fn();
  const b = vi.fn();
  const stopA = packs.watch(a);
  packs.watch(b);
  await packs.add({} as never);
  await packs.remove('p');
  expect(a).toHaveBeenCalledTimes(2);
  stopA();
  await packs.remove('p');
  expect(a).toHaveBeenCalledTimes(2);
  expect(b).toHaveBeenCalledTimes(3);
});

test('a removal that fails still tells the watchers (a fresh read shows what is left) and rejects', async () => {
  const packs = withChangeNotice(api(true));
  const watcher = vi.fn();
  packs.watch(watcher);
  await expect(packs.remove('p')).rejects.toThrow('store is gone');
  expect(watcher).toHaveBeenCalledOnce();
});
