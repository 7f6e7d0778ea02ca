// The always-injected content script: a cheap look at every page of the publishers' hosts, the full look only
// when the page may be an article, and the sidebar app loaded only after a match.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageWatcher } from './page-watcher';

export default defineContentScript({
  // Replaced at build time by the hosts of the indexed articles and the web archives (wxt.config.ts).
  matches: ['*://web.archive.org/*'],
  runAt: 'document_idle',
  main(ctx) {
    createPageWatcher(ctx).start();
  },
});
