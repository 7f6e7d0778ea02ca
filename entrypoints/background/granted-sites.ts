// Automatic checking on the sites the reader has granted one by one: a story pack's sites (asked for when the pack is
// added) and any site the reader chose with "Always check pages on SITE" in the popup. The script that asks for
// the content script once a page has loaded is registered at run time for exactly those sites outside the
// manifest's own, and only while all-sites checking is off (that registration covers them already). Without a
// grant, a page is checked on the toolbar click.
import { browser } from 'wxt/browser';
import { grantedSitePatterns } from '@/lib/permissions/host-patterns';
import {
  browserRegistrationApi,
  isCurrentRegistration,
  manifestMatches,
  pageLoadedRegistration,
  type RegistrationApi,
} from './script-registration';

const SCRIPT_ID = 'parallax-granted-sites';
// Earlier versions registered pack sites under this id; registrations outlive updates, so it is taken back.
const OLD_SCRIPT_IDS = ['parallax-pack-sites'];

/** The parts of the extension API the registration uses (a fake in tests). */
export interface GrantedSitesApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: RegistrationApi;
  /** Match patterns of the manifest's own content script. */
  manifestMatches(): string[];
}

/** Registers the content script for exactly the granted sites outside the manifest's own matches. */
export async function syncGrantedSites(api: GrantedSitesApi): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const manifest = api.manifestMatches();
  const wanted = grantedSitePatterns((await api.permissions.getAll()).origins ?? [], manifest);
  const old = await api.scripting.getRegisteredContentScripts({ ids: OLD_SCRIPT_IDS });
  if (old.length > 0) await api.scripting.unregisterContentScripts({ ids: old.map((s) => s.id) });
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const same =
    (current?.matches ?? []).join('\n') === wanted.join('\n') && (!current || isCurrentRegistration(current));
  if (same) return 'unchanged';
  if (current) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (wanted.length === 0) return 'unregistered';
  await api.scripting.registerContentScripts([pageLoadedRegistration(SCRIPT_ID, wanted, manifest)]);
  return 'registered';
}

/** Keeps the registration in step with the reader's grants; returns the resync to call when packs change. */
export function watchGrantedSites(): () => void {
  const api: GrantedSitesApi = {
    permissions: browser.permissions,
    scripting: browserRegistrationApi(),
    manifestMatches,
  };
  // One sync at a time, so quick changes never register the same id twice.
  let queue = Promise.resolve();
  const resync = () => {
    queue = queue
      .then(async () => void (await syncGrantedSites(api)))
      .catch((error: unknown) => console.warn('Parallax: granted sites', error));
  };
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  return resync;
}
