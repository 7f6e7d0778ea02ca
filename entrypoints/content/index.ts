import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
export default defineContentScript({
  matches: ['*://*.cnn.com/*'],
  main(ctx) { void browser.runtime.sendMessage({ type: 'hello' }); },
});
