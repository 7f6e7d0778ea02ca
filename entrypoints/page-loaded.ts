// The only script declared on the checked hosts, at document_start: once the page has loaded it asks the background
// to inject the content script. Chromium runs a declared document_idle script inside the page's load and the load
// event waits for that injection, whatever the script does; a script this small at document_start costs the page
// about nothing (`npm run bench:browser -- --content-script empty-start`). No polyfill, no imports: it stays tiny.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// A page whose images or ads keep it from loading is checked anyway after this long.
const LATEST_MS = 3000;

interface ExtensionRuntime {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

export default defineUnlistedScript(() => {
  let asked = false;
  const ask = () => {
    if (asked) return;
    asked = true;
    window.removeEventListener('load', onLoad);
    clearTimeout(latest);
    // The extension may have been updated or removed since this page started: then there is nothing to ask.
    try {
      const runtime = (globalThis as { chrome?: ExtensionRuntime }).chrome?.runtime;
      void runtime?.sendMessage({ type: 'page-loaded' })?.catch(() => undefined);
    } catch {
      // An invalidated extension context throws synchronously.
    }
  };
  // After the load event's own listeners, like the content script's first look.
  const onLoad = () => setTimeout(ask, 0);
  const latest = setTimeout(ask, LATEST_MS);
  if (document.readyState === 'complete') ask();
  else window.addEventListener('load', onLoad, { once: true });
});
