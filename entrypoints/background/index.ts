// Background: holds the fact index, recognises pages for the content scripts, loads the sidebar app into a
// recognised page, checks a page on the reader's click, and keeps the optional all-sites checking in step.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isParallaxMessage, type ContentToBackground, type PopupToBackground } from '@/lib/messages';
import { watchAllSitesPermission } from './all-sites';
import { showDisputedCount } from './badge';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { runCommand } from './commands';
import { createIndexStore } from './index-store';
import { checkTab, loadAppInto, tabState } from './tab-checks';

export default defineBackground(() => {
  const index = createIndexStore(() => fetch(browser.runtime.getURL('/generated/index.json')));

  // Listeners are registered synchronously, so a background woken by an event finds them in place.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isParallaxMessage(message)) return undefined;
    const msg = message as ContentToBackground | PopupToBackground;
    switch (msg.type) {
      case 'recognise':
        return index.recognise(msg.page).then((reply) => {
          if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) {
            void showDisputedCount(sender.tab.id, reply.match ? reply : null);
          }
          return reply;
        });
      case 'load-app':
        return loadAppInto(sender);
      case 'tab-state':
        return tabState(msg.tabId);
      case 'check-tab':
        return checkTab(msg.tabId);
      default:
        return undefined;
    }
  });

  // One store for every command, so its write queue orders quick repeated presses.
  const settings = createSettingsStore(browser.storage.local);
  browser.commands.onCommand.addListener((command) => void runCommand(command, settings));

  watchAllSitesPermission();
});
