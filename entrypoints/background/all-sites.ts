// Automatic checking on all sites: only while the reader has granted the optional all-sites permission, by
// registering for every page, at run time, the script that asks for the content script once the page has loaded
// (and unregistering it when access is taken back).
import { browser } from 'wxt/browser';
import { ALL_SITES_ORIGIN, PAGE_LOADED_SCRIPT } from '@/lib/permissions/host-patterns';

const SCRIPT_ID = 'parallax-all-sites';

/** The parts of the extension API the all-sites registration uses (a fake in tests). */
export interface AllSitesApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ js?: string[]; runAt?: string }[]>;
    registerContentScripts(scripts: Array<{
      id: string;
      matches: string[];
      excludeMatches: string[];
      js: string[];
      runAt: 'document_start';
    }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  /** Match patterns of the manifest's own content script (the publishers' hosts and the archives). */
  manifestMatches(): string[];
}

/** Whether a registration is this version's (earlier versions registered the content script itself). */
export function isCurrentRegistration(script: { js?: string[]; runAt?: string }): boolean {
  return script.js?.length === 1 && script.js[0]?.replace(/^\//, '') === PAGE_LOADED_SCRIPT && script.runAt === 'document_start';
}

/** Registers or unregisters the all-sites script so it exists exactly while the permission is granted. */
export async function syncAllSites(api: AllSitesApi): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const granted = await api.permissions.contains({ origins: [ALL_SITES_ORIGIN] });
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const registered = current !== undefined;
  if (granted && !(current && isCurrentRegistration(current))) {
    // An earlier version's registration survives an update: replaced, never kept beside this one.
    if (registered) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    await api.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: [ALL_SITES_ORIGIN],
        // The publishers' hosts already have the manifest's content script: never inject it twice.
        excludeMatches: api.manifestMatches(),
        js: [PAGE_LOADED_SCRIPT],
        runAt: 'document_start',
      },
    ]);
    return 'registered';
  }
  if (!granted && registered) {
    await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return 'unregistered';
  }
  return 'unchanged';
}

/** Keeps the all-sites content script registered exactly while the permission is granted. */
export function watchAllSitesPermission(): void {
  const api: AllSitesApi = {
    permissions: browser.permissions,
    scripting: browser.scripting as unknown as AllSitesApi['scripting'],
    manifestMatches: () => browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [],
  };
  const resync = () => void syncAllSites(api).catch((error) => console.warn('Parallax: all-sites checking', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
}
