// "Add this page to your comparison" in the page's context menu: the click grants activeTab, as the toolbar button's
// does, and the page is read then and only then. The toolbar badge says it was added (or why not), since a menu
// click opens nothing. Browsers without context menus (Firefox for Android) simply have no item.
import { browser } from 'wxt/browser';
import type { ComparisonReply } from '@/lib/messages';

const MENU_ID = 'parallax-compare-add';
// The colour the badge gives automatic results (entrypoints/background/badge.ts).
const AUTOMATIC_COLOUR = '#3b4a6b';

interface MenusApi {
  create(properties: { id: string; title: string; contexts: string[]; documentUrlPatterns: string[] }): unknown;
  removeAll(): Promise<void>;
  onClicked: { addListener(listener: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void };
}

/** The badge and title that say what adding the page did. */
export function addedBadge(reply: ComparisonReply): { text: string; title: string } {
  const n = reply.state.reports.length;
  return reply.ok
    ? { text: `+${n}`, title: `Parallax: ${reply.message} Click to compare.` }
    : { text: '!', title: `Parallax: ${reply.message}` };
}

/** Adds the menu item (on installation and at start-up) and adds the page it is clicked on. */
export function watchComparisonMenu(add: (tabId: number) => Promise<ComparisonReply>): void {
  const api = browser as unknown as { contextMenus?: MenusApi; menus?: MenusApi };
  const menus = api.contextMenus ?? api.menus;
  if (!menus) return;
  const create = () =>
    void menus
      .removeAll()
      .then(() =>
        menus.create({
          id: MENU_ID,
          title: 'Add this page to your Parallax comparison',
          contexts: ['page'],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        }),
      )
      .catch((error: unknown) => console.warn('Parallax: could not add the menu item', error));
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  menus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (info.menuItemId !== MENU_ID || tabId === undefined) return;
    void add(tabId)
      .then(async (reply) => {
        const { text, title } = addedBadge(reply);
        await browser.action.setBadgeBackgroundColor({ tabId, color: AUTOMATIC_COLOUR });
        await browser.action.setBadgeText({ tabId, text });
        await browser.action.setTitle({ tabId, title });
      })
      .catch((error: unknown) => console.warn('Parallax: could not add the page to the comparison', error));
  });
}
