// Automatic checking on the sites of installed story packs: the content script is registered at run time for the
// pack hosts the reader has granted (asked for when the pack is added), and only while all-sites checking is off
// (that registration covers them already). Without the grant, pack pages are checked on the toolbar click.
import { browser } from 'wxt/browser';
import { ALL_SITES_ORIGIN, packSitePatterns } from '@/lib/permissions/host-patterns';
import type { PackStore } from '@/lib/packs/pack-store';

const SCRIPT_ID = 'parallax-pack-sites';

/** The parts of the extension API the pack-site registration uses (a fake in tests). */
export interface PackSitesApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: Array<{
      id: string;
      matches: string[];
      excludeMatches: string[];
      js: string[];
      runAt: 'document_idle';
    }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  /** Match patterns of the manifest's own content script. */
  manifestMatches(): string[];
}

/** Registers the content script for exactly the granted pack sites outside the manifest's own matches. */
export async function syncPackSites(api: PackSitesApi, packHosts: readonly string[]): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const manifest = api.manifestMatches();
  const wanted: string[] = [];
  if (!(await api.permissions.contains({ origins: [ALL_SITES_ORIGIN] }))) {
    for (const pattern of packSitePatterns(packHosts)) {
      if (!manifest.includes(pattern) && (await api.permissions.contains({ origins: [pattern] }))) wanted.push(pattern);
    }
  }
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if ((current?.matches ?? []).join('\n') === wanted.join('\n')) return 'unchanged';
  if (current) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (wanted.length === 0) return 'unregistered';
  await api.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: wanted, excludeMatches: manifest, js: ['content-scripts/content.js'], runAt: 'document_idle' },
  ]);
  return 'registered';
}

/** Keeps the pack-site registration in step with site access and installed packs; returns the resync to call on pack changes. */
export function watchPackSites(store: PackStore): () => void {
  const api: PackSitesApi = {
    permissions: browser.permissions,
    scripting: browser.scripting as unknown as PackSitesApi['scripting'],
    manifestMatches: () => browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [],
  };
  // One sync at a time, so quick changes never register the same id twice.
  let queue = Promise.resolve();
  const resync = () => {
    queue = queue
      .then(async () => void (await syncPackSites(api, (await store.list()).flatMap((p) => p.hosts))))
      .catch((error: unknown) => console.warn('Parallax: story pack sites', error));
  };
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  return resync;
}
