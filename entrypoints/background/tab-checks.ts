// Tab-level work: what the popup shows about a tab, checking a page on the reader's click (activeTab), and
// loading the sidebar app into a recognised page.
import { browser, type Browser } from 'wxt/browser';
import type { ContentToBackgroundReplies, TabState, ToContent, ToContentReplies } from '@/lib/messages';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const APP_SCRIPT = '/sidebar-app.js';
// Page styles live in the page's tree (a ::highlight rule in a shadow root paints nothing on page text). The host
// rules use the user origin so page stylesheets, even with !important, cannot hide or restyle the sidebar's host;
// the ::highlight rules must be author-origin, because Chromium ignores a user-origin highlight's background.
const HOST_STYLES = '/sidebar-host.css';
const HIGHLIGHT_STYLES = '/highlights.css';

function unavailable(): TabState {
  return { checked: false, match: null, headline: null, publisher: null, unavailable: true, sidebar: null };
}

async function askTab<T extends ToContent>(
  tabId: number,
  message: T,
  frameId = 0,
): Promise<ToContentReplies[T['type']]> {
  const reply = (await browser.tabs.sendMessage(tabId, message, { frameId })) as
    | ToContentReplies[T['type']]
    | undefined;
  // Something else listened in that tab (an extension page) but no content script answered.
  if (reply === undefined || reply === null) throw new Error('no content script answered');
  return reply;
}

/** What Parallax knows about a tab's page, from the content script there (or unchecked when there is none). */
export async function tabState(tabId: number): Promise<TabState> {
  try {
    return await askTab(tabId, { type: 'ping' });
  } catch {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { ...unavailable(), unavailable: !isCheckable(tab?.url) };
  }
}

/** Checks a tab's page now: asks its content script, or injects one first (allowed by the reader's click). */
export async function checkTab(tabId: number): Promise<TabState> {
  return askContent(tabId, { type: 'check' }).catch(() => unavailable());
}

/**
 * Asks the content script of a tab's top frame, injecting it first when none answers (a site outside the automatic
 * hosts: the reader's click allows it); rejects when the page cannot be scripted.
 */
export async function askContent<T extends ToContent>(tabId: number, message: T): Promise<ToContentReplies[T['type']]> {
  try {
    return await askTab(tabId, message);
  } catch {
    // No content script there yet.
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  return askTab(tabId, message);
}

/**
 * Injects the content script into a page that has just loaded on a checked host, unless one already answers there
 * (the reader's click may have injected it first). Declaring the content script itself would run it inside the
 * page's load in Chromium, which delays the load event by the injection whatever the script does.
 */
export async function injectContentScript(
  sender: Browser.runtime.MessageSender,
): Promise<ContentToBackgroundReplies['page-loaded']> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { injected: false };
  const frameId = sender.frameId ?? 0;
  const answered = await askTab(tabId, { type: 'ping' }, frameId).then(
    () => true,
    () => false,
  );
  if (answered) return { injected: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT] });
    return { injected: true };
  } catch (error) {
    // The tab navigated away or closed meanwhile: nothing to check.
    console.debug('Parallax: could not check this page.', error);
    return { injected: false };
  }
}

/** Loads the sidebar app and the page styles into the frame that asked. */
export async function loadAppInto(
  sender: Browser.runtime.MessageSender,
): Promise<ContentToBackgroundReplies['load-app']> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    // Side by side, not one after the other: each is a round trip to the page's renderer, and the first facts wait
    // for all three. The app draws nothing until the content script mounts it, after this answer: the styles are in
    // the page by then.
    await Promise.all([
      browser.scripting.insertCSS({ target, files: [HOST_STYLES], origin: 'USER' }),
      browser.scripting.insertCSS({ target, files: [HIGHLIGHT_STYLES], origin: 'AUTHOR' }),
      browser.scripting.executeScript({ target, files: [APP_SCRIPT] }),
    ]);
    return { ok: true };
  } catch (error) {
    console.warn('Parallax: could not load the sidebar into this page.', error);
    return { ok: false };
  }
}

/** Whether an address is a web page an extension may script (not a browser page or an add-on store). */
export function isCheckable(url: string | undefined): boolean {
  if (!url || !/^(https?|file):/.test(url)) return false;
  return !/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//.test(url);
}
