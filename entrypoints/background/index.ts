// Background: holds the fact index, recognises pages for the content scripts, loads the sidebar app into a
// recognised page, checks a page on the reader's click, and keeps the optional all-sites checking in step.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  isParallaxMessage, type ContentToBackground, type PopupToBackground, type SettingsToBackground,
  type SettingsToBackgroundReplies,
} from '@/lib/messages';
import { parseWrite } from '@/lib/settings/settings-writes';
import { watchAllSitesPermission } from './all-sites';
import { showDisputedCount } from './badge';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { runCommand } from './commands';
import { createIndexStore } from './index-store';
import { checkTab, loadAppInto, tabState } from './tab-checks';

export default defineBackground(() => {
  const index = createIndexStore(() => fetch(browser.runtime.getURL('/generated/index.json')));
  // The one writer of the settings: every context sends its presses here, and storage change events carry the
  // result back to all of them. The keyboard command writes through it too.
  const settings = createSettingsStore(browser.storage.local);

  // Listeners are registered synchronously, so a background woken by an event finds them in place.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isParallaxMessage(message)) return undefined;
    const msg = message as ContentToBackground | PopupToBackground | SettingsToBackground;
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
      case 'settings-write': {
        const write = parseWrite(msg.write);
        if (!write) return undefined;
        return settings.apply(write).then((s): SettingsToBackgroundReplies['settings-write'] => ({ settings: s }));
      }
      default:
        return undefined;
    }
  });

  browser.commands.onCommand.addListener((command) => void runCommand(command, settings));
  // A damaged stored value is repaired once here, so the other contexts only ever read.
  void settings.load().catch((error) => console.warn('Parallax: could not read the settings', error));

  watchAllSitesPermission();
});
