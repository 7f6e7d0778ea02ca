// The content script: a cheap look at every page of the checked hosts, the full look only when the page may be an
// article, and the sidebar app loaded only after a match. The background injects it once the page has loaded
// (entrypoints/page-loaded.ts asks), or on the reader's click elsewhere.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageWatcher } from './page-watcher';

export default defineContentScript({
  // Never declared in the manifest: declared scripts in Chromium run inside the page's load (see page-loaded.ts).
  // The hosts it is injected on are the manifest's host permissions (wxt.config.ts).
  matches: ['*://web.archive.org/*'],
  registration: 'runtime',
  main(ctx) {
    createPageWatcher(ctx).start();
  },
});
