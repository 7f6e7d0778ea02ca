// The stories list's API in an extension page: the bundled catalog.json, the installed packs from the pack store,
// and news of packs added or removed in another of Parallax's pages, over a BroadcastChannel between them (not a
// runtime message listener, which would also hear, and stall, the background's questions to the tab).
import { browser } from 'wxt/browser';
import { GENERATED } from '@/lib/story/generated-layout';
import { openPackStore } from '@/lib/packs/pack-store';
import type { StoriesApi } from '@/lib/ui/StoriesSection';

const PACKS_CHANNEL = 'parallax-packs';

/** Tells Parallax's other open pages that the installed packs changed. */
export function announcePacksChanged(): void {
  const channel = new BroadcastChannel(PACKS_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** The API backed by the browser; `removePack` and `watchHere` come from a page that can change packs itself. */
export function browserStoriesApi(
  options: { removePack?: StoriesApi['removePack']; watchHere?: StoriesApi['watch'] } = {},
): StoriesApi {
  const store = openPackStore(indexedDB);
  return {
    async bundledCatalog() {
      const url = (browser.runtime.getURL as (path: string) => string)(`/generated/${GENERATED.catalog}`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${GENERATED.catalog}: ${response.status}`);
      return (await response.json()) as unknown;
    },
    packs: () => store.list(),
    ...(options.removePack ? { removePack: options.removePack } : {}),
    watch(callback) {
      const channel = new BroadcastChannel(PACKS_CHANNEL);
      channel.onmessage = () => callback();
      const unwatchHere = options.watchHere?.(callback);
      return () => {
        channel.close();
        unwatchHere?.();
      };
    },
  };
}
