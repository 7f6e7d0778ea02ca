// Automatic checking on all sites: only while the reader has granted the optional all-sites permission, by
// registering the content script for every page at run time (and unregistering it when access is taken back).
import { browser } from 'wxt/browser';
import { ALL_SITES_ORIGIN } from '@/lib/permissions/host-patterns';

const ALL_SITES = ALL_SITES_ORIGIN;
const SCRIPT_ID = 'parallax-all-sites';

async function sync(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: [ALL_SITES] });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted && registered.length === 0) {
    const manifestMatches = browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: [ALL_SITES],
        // The publishers' hosts already have the manifest's content script.
        excludeMatches: manifestMatches,
        js: ['content-scripts/content.js'],
        runAt: 'document_idle',
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}

/** Keeps the all-sites content script registered exactly while the permission is granted. */
export function watchAllSitesPermission(): void {
  const resync = () => void sync().catch((error) => console.warn('Parallax: all-sites checking', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
}
