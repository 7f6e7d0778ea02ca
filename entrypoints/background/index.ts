// Background: holds the fact indexes (bundled and story packs), recognises pages for the content scripts, loads
// the sidebar app into a recognised page, checks a page on the reader's click, and keeps the run-time content
// script registrations (all sites, story pack sites) in step with the reader's grants.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { GENERATED, profileFilePath, storyFilePath } from '@/lib/story/generated-layout';
import { openReportStore } from '@/lib/compare/report-store';
import type { Catalog } from '@/lib/story/catalog';
import { pageSnapshotOf } from '@/lib/extract/page-snapshot';
import {
  isParallaxMessage,
  type ContentToBackground,
  type ContentToBackgroundReplies,
  type OptionsToBackground,
  type OptionsToBackgroundReplies,
  type PopupToBackground,
  type SettingsToBackground,
  type SettingsToBackgroundReplies,
} from '@/lib/messages';
import { openIndexCopies } from '@/lib/packs/index-copies';
import { openPackStore } from '@/lib/packs/pack-store';
import { parseWrite } from '@/lib/settings/settings-writes';
import { tabStateOf } from '@/lib/tab-state';
import { watchAllSitesPermission } from './all-sites';
import { createAppLoads } from './app-loads';
import { showComparisonCount, showDisputedCount } from './badge';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { runCommand } from './commands';
import { createIndexStore } from './index-store';
import { watchGrantedSites } from './granted-sites';
import { askContent, checkTab, injectContentScript, loadAppInto, tabState } from './tab-checks';
import { createComparisons, isComparisonRequest } from './comparison-requests';
import { watchComparisonMenu } from './comparison-menu';
import { showWelcomeOnInstall } from './welcome';

/** A packaged file under generated/, or a rejection naming it. */
async function packaged(path: string): Promise<Response> {
  // Story file names come from the data, so the path is a plain string rather than one of WXT's typed public paths.
  const url = (browser.runtime.getURL as (path: string) => string)(`/generated/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

const VERIFIED = 'verifiedIndexes';

async function verifiedKeys(): Promise<string[]> {
  const list: unknown = (await browser.storage.session.get(VERIFIED))[VERIFIED];
  return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
}

export default defineBackground(() => {
  // Nothing is read until the first question; then the recognition indexes' heads, the parts a page needs, and a
  // story's file on a match.
  const packs = openPackStore(indexedDB);
  const index = createIndexStore({
    bundledIndex: async () => (await packaged(GENERATED.recognition)).arrayBuffer(),
    bundledHead: async () => (await packaged(GENERATED.recognitionHead)).arrayBuffer(),
    bundledStory: async (id) => (await packaged(storyFilePath(id))).text(),
    bundledProfile: async (id) => (await packaged(profileFilePath(id))).text(),
    copies: openIndexCopies(indexedDB),
    keepAlive: () => browser.runtime.getPlatformInfo(),
    packStory: (pack, id) => packs.storyFile(pack, id),
    // Session storage outlives the service worker but not the browser: each file is verified once per session.
    verified: {
      has: async (key) => (await verifiedKeys()).includes(key),
      add: async (key) => {
        const list = await verifiedKeys();
        await browser.storage.session.set({ [VERIFIED]: [...list.filter((k) => k !== key), key].slice(-32) });
      },
    },
  });
  const resyncSites = watchGrantedSites();
  const appLoads = createAppLoads(loadAppInto);
  // The one writer of the settings: every context sends its presses here, and storage change events carry the
  // result back to all of them. The keyboard command writes through it too.
  const settings = createSettingsStore(browser.storage.local);
  // The reader's comparison: pages are read only when the reader adds them (toolbar popup or context menu).
  const comparisons = createComparisons({
    reports: openReportStore(indexedDB),
    packs,
    bundledStoryIds: async () =>
      ((await (await packaged(GENERATED.catalog)).json()) as Catalog).stories.map((s) => s.id),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    readTab: async (tabId) => pageSnapshotOf((await askContent(tabId, { type: 'read-page' })).page),
    show: async (tabId, comparison) => {
      const { sidebar } = await askContent(tabId, { type: 'show-comparison', comparison });
      void showComparisonCount(tabId, comparison.story, comparison.article);
      return sidebar;
    },
    packsChanged: () => {
      index.packsChanged();
      resyncSites();
    },
    now: () => Date.now(),
  });

  // Listeners are registered synchronously, so a background woken by an event finds them in place.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isParallaxMessage(message)) return undefined;
    const msg = message as ContentToBackground | PopupToBackground | SettingsToBackground | OptionsToBackground;
    // Only Parallax's own pages (the popup) ask about the comparison; a content script never does.
    if (isComparisonRequest(msg))
      return sender.url?.startsWith(browser.runtime.getURL('/')) ? comparisons.handle(msg) : undefined;
    switch (msg.type) {
      case 'recognise': {
        const page = pageSnapshotOf(msg.page);
        if (!page) return undefined;
        return index.read(page).then((answer): ContentToBackgroundReplies['recognise'] => {
          if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0)
            void showDisputedCount(sender.tab.id, answer);
          appLoads.answered(sender, msg.app === true && answer.kind !== 'none');
          return { answer, tab: tabStateOf(answer) };
        });
      }
      case 'load-app':
        return appLoads.request(sender);
      case 'page-loaded':
        return injectContentScript(sender);
      case 'tab-state':
        return tabState(msg.tabId);
      case 'check-tab':
        return checkTab(msg.tabId);
      case 'settings-write': {
        const write = parseWrite(msg.write);
        if (!write) return undefined;
        return settings.apply(write).then((s): SettingsToBackgroundReplies['settings-write'] => ({ settings: s }));
      }
      case 'packs-changed':
        index.packsChanged();
        resyncSites();
        return Promise.resolve<OptionsToBackgroundReplies['packs-changed']>({ ok: true });
      default:
        return undefined;
    }
  });

  // Firefox for Android has no keyboard commands (no `commands` API): the rest works without them.
  browser.commands?.onCommand.addListener((command) => void runCommand(command, settings));
  // A damaged stored value is repaired once here, so the other contexts only ever read.
  void settings.load().catch((error) => console.warn('Parallax: could not read the settings', error));

  watchAllSitesPermission();
  showWelcomeOnInstall();
  watchComparisonMenu((tabId) => comparisons.handle({ type: 'compare-add', tabId }));
  // A comparison unused for a week is cleared at start-up too, not only when it is next read.
  void comparisons.expire().catch((error) => console.warn('Parallax: could not read the comparison', error));
});
