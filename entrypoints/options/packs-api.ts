// The options page's story-pack API: the pack store in the extension's IndexedDB, the bundled catalog (story ids a
// pack may not replace), site access for a pack's hosts, and a note to the background after each change.
import { browser } from 'wxt/browser';
import type { Catalog } from '@/lib/story/catalog';
import { GENERATED } from '@/lib/story/generated-layout';
import type { OptionsToBackground } from '@/lib/messages';
import { openPackStore } from '@/lib/packs/pack-store';
import { readPack } from '@/lib/packs/read-pack';
import { unusedPackPatterns } from '@/lib/permissions/host-patterns';
import type { PacksApi } from '@/lib/ui/PacksSection';

async function bundledStoryIds(): Promise<string[]> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/generated/${GENERATED.catalog}`);
  const catalog = (await (await fetch(url)).json()) as Catalog;
  return catalog.stories.map((s) => s.id);
}

async function tellBackground(): Promise<void> {
  const message: OptionsToBackground = { type: 'packs-changed' };
  // A background that cannot answer reads the packs afresh when it next starts anyway.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The packs API backed by the browser. */
export function browserPacksApi(): PacksApi {
  const store = openPackStore(indexedDB);
  return {
    list: () => store.list(),
    async read(file) {
      const taken = new Map<string, string>((await bundledStoryIds()).map((id) => [id, '']));
      for (const pack of await store.list()) for (const s of pack.stories) taken.set(s.id, pack.id);
      return readPack(new Uint8Array(await file.arrayBuffer()), taken);
    },
    async add(pack) {
      await store.add(pack);
      await tellBackground();
    },
    async remove(id) {
      const packs = await store.list();
      const removed = packs.find((p) => p.id === id);
      await store.remove(id);
      if (removed) {
        // Least privilege: site access only this pack needed goes back with it.
        const manifest = browser.runtime.getManifest().host_permissions ?? [];
        const remaining = packs.filter((p) => p.id !== id).flatMap((p) => p.hosts);
        const unused = unusedPackPatterns(removed.hosts, remaining, manifest);
        if (unused.length > 0) await browser.permissions.remove({ origins: unused }).catch(() => false);
      }
      await tellBackground();
    },
    sites: {
      contains: (origins) => browser.permissions.contains({ origins }),
      request: (origins) => browser.permissions.request({ origins }),
    },
  };
}
