// Options entrypoint: builds the options page's API from the browser (settings, the all-sites permission, packs).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { settingsWriteMessage } from '@/lib/messages';
import { replyOf } from '@/lib/message-replies';
import { ALL_SITES_ORIGIN, grantedSitePatterns } from '@/lib/permissions/host-patterns';
import { createSettingsClient } from '@/lib/settings/settings-client';
import { OptionsApp, type OptionsApi } from '@/lib/ui/OptionsApp';
import { withChangeNotice } from '@/lib/ui/pack-changes';
import { PAGES_CSS } from '@/lib/ui/pages-css';
import { TAB_PAGES_CSS } from '@/lib/ui/tab-pages-css';
import { STORIES_CSS } from '@/lib/ui/stories-css';
import { announcePacksChanged, browserStoriesApi } from '../welcome/stories-api';
import { browserPacksApi } from './packs-api';

const origins = [ALL_SITES_ORIGIN];
// The stories list and the packs section both change packs, through one API, and each hears the other's changes.
const packs = withChangeNotice(browserPacksApi());
packs.watch(announcePacksChanged);

/** Calls back whenever site access is granted or taken back, here or in the browser's settings; unsubscribes. */
function watchPermissions(callback: () => void): () => void {
  browser.permissions.onAdded.addListener(callback);
  browser.permissions.onRemoved.addListener(callback);
  return () => {
    browser.permissions.onAdded.removeListener(callback);
    browser.permissions.onRemoved.removeListener(callback);
  };
}

const api: OptionsApi = {
  settings: createSettingsClient(browser.storage.local, (w) =>
    replyOf(browser.runtime.sendMessage(settingsWriteMessage(w))),
  ),
  permission: {
    contains: () => browser.permissions.contains({ origins }),
    request: () => browser.permissions.request({ origins }),
    remove: () => browser.permissions.remove({ origins }),
    watch: watchPermissions,
  },
  packs,
  stories: browserStoriesApi({ removePack: (id) => packs.remove(id), watchHere: (callback) => packs.watch(callback) }),
  sites: {
    async list() {
      const manifest = browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
      return grantedSitePatterns((await browser.permissions.getAll()).origins ?? [], manifest);
    },
    remove: (pattern) => browser.permissions.remove({ origins: [pattern] }),
    watch: watchPermissions,
  },
};

const style = document.createElement('style');
style.textContent = PAGES_CSS + TAB_PAGES_CSS + STORIES_CSS;
document.head.append(style);
render(<OptionsApp api={api} />, document.getElementById('app')!);
