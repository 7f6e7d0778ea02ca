// Automatic checking on all sites: only while the reader has granted the optional all-sites permission, by
// registering for every page, at run time, the script that asks for the content script once the page has loaded
// (and unregistering it when access is taken back).
import { browser } from 'wxt/browser';
import { ALL_SITES_ORIGIN } from '@/lib/permissions/host-patterns';
import {
  browserRegistrationApi,
  isCurrentRegistration,
  manifestMatches,
  pageLoadedRegistration,
  type RegistrationApi,
} from './script-registration';

const SCRIPT_ID = 'parallax-all-sites';

/** The parts of the extension API the all-sites registration uses (a fake in tests). */
export interface AllSitesApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: RegistrationApi;
  /** Match patterns of the manifest's own content script (the publishers' hosts and the archives). */
  manifestMatches(): string[];
}

/** Registers or unregisters the all-sites script so it exists exactly while the permission is granted. */
export async function syncAllSites(api: AllSitesApi): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const granted = await api.permissions.contains({ origins: [ALL_SITES_ORIGIN] });
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const registered = current !== undefined;
  if (granted && !(current && isCurrentRegistration(current))) {
    // An earlier version's registration survives an update: replaced, never kept beside this one.
    if (registered) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    // The publishers' hosts already have the manifest's script: never inject it twice.
    await api.scripting.registerContentScripts([
      pageLoadedRegistration(SCRIPT_ID, [ALL_SITES_ORIGIN], api.manifestMatches()),
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
    scripting: browserRegistrationApi(),
    manifestMatches,
  };
  const resync = () => void syncAllSites(api).catch((error) => console.warn('Parallax: all-sites checking', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
}
