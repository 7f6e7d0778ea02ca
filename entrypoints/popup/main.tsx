// Popup entrypoint: builds the popup's API from the browser and renders it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import {
  type ComparisonReply,
  settingsWriteMessage,
  type PopupToBackgroundReplies,
  type ToContentReplies,
} from '@/lib/messages';
import { replyOf } from '@/lib/message-replies';
import { siteOfAddress } from '@/lib/permissions/host-patterns';
import { createSettingsClient } from '@/lib/settings/settings-client';
import { PAGES_CSS } from '@/lib/ui/pages-css';
import { PopupApp, type PopupApi } from '@/lib/ui/PopupApp';

const storiesUrl = (browser.runtime.getURL as (path: string) => string)('/welcome.html#stories');
const exportUrl = (browser.runtime.getURL as (path: string) => string)('/export.html');

const api: PopupApi = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  async tabState(tabId) {
    return (await replyOf(
      browser.runtime.sendMessage({ type: 'tab-state', tabId }),
    )) as PopupToBackgroundReplies['tab-state'];
  },
  async checkTab(tabId) {
    return (await replyOf(
      browser.runtime.sendMessage({ type: 'check-tab', tabId }),
    )) as PopupToBackgroundReplies['check-tab'];
  },
  async sidebar(tabId, action) {
    const reply = (await replyOf(browser.tabs.sendMessage(tabId, { type: 'sidebar', action }, { frameId: 0 }))) as
      | ToContentReplies['sidebar']
      | undefined;
    return reply?.sidebar ?? null;
  },
  settings: createSettingsClient(browser.storage.local, (w) =>
    replyOf(browser.runtime.sendMessage(settingsWriteMessage(w))),
  ),
  openOptions() {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
  async siteAccess(tabId) {
    // The page's address is visible once the reader's click has given Parallax this tab (activeTab).
    const site = siteOfAddress((await browser.tabs.get(tabId)).url);
    return site && { ...site, automatic: await browser.permissions.contains({ origins: [site.pattern] }) };
  },
  allowSite(pattern) {
    return browser.permissions.request({ origins: [pattern] });
  },
  storiesUrl,
  openStories() {
    void browser.tabs.create({ url: storiesUrl }).then(() => window.close());
  },
  comparison: {
    async request(message) {
      return (await replyOf(browser.runtime.sendMessage(message))) as ComparisonReply;
    },
    allowSites(patterns) {
      return browser.permissions.request({ origins: patterns });
    },
    openExport() {
      // A page of its own saves the file: a download started in the popup is lost when the popup closes.
      void browser.tabs.create({ url: exportUrl }).then(() => window.close());
    },
  },
};

const style = document.createElement('style');
style.textContent = PAGES_CSS;
document.head.append(style);
render(<PopupApp api={api} />, document.getElementById('app')!);
