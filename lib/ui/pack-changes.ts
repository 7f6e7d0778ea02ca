// One options page holds two views of the installed packs (the packs section and the stories list): each hears
// when the other adds or removes a pack, so neither shows a pack that is gone.
import type { PacksApi } from './PacksSection';

/** A packs API whose add and remove tell every watcher once they are done. */
export function withChangeNotice(api: PacksApi): PacksApi & { watch(callback: () => void): () => void } {
  const watchers = new Set<() => void>();
  const notify = () => {
    for (const watcher of [...watchers]) watcher();
  };
  return {
    ...api,
    async add(pack) {
      await api.add(pack);
      notify();
    },
    async remove(id) {
      try {
        await api.remove(id);
      } finally {
        // A removal that failed half-way still changed what a fresh read finds.
        notify();
      }
    },
    watch(callback) {
      watchers.add(callback);
      return () => void watchers.delete(callback);
    },
  };
}
