// The toolbar popup in Chromium: it names the recognised article, opens and closes the sidebar in the page, says
// when a page is not a known article or cannot be checked, and passes axe-core. Firefox is not covered here:
// extension pages (moz-extension://…, the popup) cannot be opened over WebDriver BiDi, so the popup's Firefox
// behaviour rests on the component tests of lib/ui/Popup.tsx.
import { describe, expect, it } from 'vitest';
import {
  browserLabel,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  sidebarHost,
  useE2e,
  waitForSidebar,
  waitUntil,
} from './harness/e2e';
import { clickPopupButton, openPopup, popupText, runAxe, sidebarState } from './harness/extension-ui';

const sites = loadSites();
const cnnPage = sites.find((p) => p.article === 'cnn-r2' && p.kind === 'story');
// An ordinary page on a host whose content script runs (so Parallax looks at it and finds no article).
const ordinaryPage = sites.find((p) => p.kind === 'ordinary' && p.host === 'www.cnn.com');
// An ordinary page outside the publishers' hosts: no content script until the reader's click.
const unlistedPage = sites.find((p) => p.kind === 'ordinary' && p.host === 'www.example.org');

/** Whether the sidebar's panel is drawn (a closed sidebar hides it; the host stays for the figure card). */
function panelShown(page: import('puppeteer-core').Page): Promise<boolean> {
  return page.evaluate((tag: string) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('aside');
    return !!panel && panel.getClientRects().length > 0;
  }, sidebarHost);
}

describe(`${browserLabel('chromium')} — the toolbar popup`, () => {
  const e2e = useE2e('chromium');
  const index = loadIndex('chromium');

  it('names the recognised article from the index and opens and closes the sidebar in the page', async () => {
    const { session } = e2e();
    const { story, article } = findArticle(index, cnnPage!.article ?? '');
    const tab = await openPage(session, pageUrl(cnnPage!));
    try {
      await waitForSidebar(tab, [story.title]);
      const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
      const text = await popupText(popup);
      expect(text).toContain('Parallax knows this article');
      expect(text).toContain(article.headline);
      const revision = article.revision ? `, revision ${article.revision.number}` : '';
      expect(text).toContain(`${article.publisher}${revision}`);
      expect(article.revision, 'the CNN page is expected to be a revised article').not.toBeNull();

      expect(await sidebarState(tab)).toBe('open');
      await clickPopupButton(popup, 'Close the sidebar');
      await waitUntil(
        tab,
        (tag: string) => document.querySelector(tag)?.getAttribute('data-state') === 'closed',
        { timeout: 5_000 },
        sidebarHost,
      );
      expect(await panelShown(tab)).toBe(false);
      await waitUntil(popup, () => document.body.innerText.includes('Open the sidebar'), { timeout: 5_000 });

      await clickPopupButton(popup, 'Open the sidebar');
      await waitUntil(
        tab,
        (tag: string) => document.querySelector(tag)?.getAttribute('data-state') === 'open',
        { timeout: 5_000 },
        sidebarHost,
      );
      expect(await panelShown(tab)).toBe(true);
      await waitForSidebar(tab, [story.title]);
      await waitUntil(popup, () => document.body.innerText.includes('Close the sidebar'), { timeout: 5_000 });
      await popup.close();
    } finally {
      await tab.close();
    }
  });

  it('has no axe-core violations in the popup of a recognised article', async () => {
    const { session } = e2e();
    const tab = await openPage(session, pageUrl(cnnPage!));
    try {
      await waitForSidebar(tab);
      const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
      const result = await runAxe(popup);
      expect(result.checkedNodes).toBeGreaterThan(10);
      expect(result.violations).toEqual([]);
      await popup.close();
    } finally {
      await tab.close();
    }
  });

  it(`says an ordinary publisher page (${ordinaryPage ? pageUrl(ordinaryPage) : 'missing'}) is not a known article and offers to check it`, async () => {
    expect(ordinaryPage, 'sites.json lists no ordinary www.cnn.com page').toBeDefined();
    const { session } = e2e();
    const tab = await openPage(session, pageUrl(ordinaryPage!));
    try {
      const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
      const text = await popupText(popup);
      expect(text).toContain('doesn’t know this article');
      expect(text).not.toContain('knows this article:');
      // The reader's click checks it again, and the answer stays the same; no sidebar appears.
      await clickPopupButton(popup, 'Check this page');
      await waitUntil(popup, () => !document.body.innerText.includes('Checking'), { timeout: 8_000 });
      expect(await popupText(popup)).toContain('doesn’t know this article');
      expect(await sidebarState(tab)).toBeNull();
      await popup.close();
    } finally {
      await tab.close();
    }
  });

  it(`checks a page outside the publishers' hosts (${unlistedPage ? pageUrl(unlistedPage) : 'missing'}) on the popup's opening`, async () => {
    expect(unlistedPage, 'sites.json lists no www.example.org page').toBeDefined();
    const { session } = e2e();
    const tab = await openPage(session, pageUrl(unlistedPage!));
    try {
      const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
      const text = await popupText(popup);
      expect(text).toContain('doesn’t know this article');
      expect(text).toContain('Check this page again');
      expect(await sidebarState(tab)).toBeNull();
      await popup.close();
    } finally {
      await tab.close();
    }
  });

  for (const address of ['chrome://version/', 'extension options page']) {
    it(`says it can't check ${address}`, async () => {
      const { session } = e2e();
      const url = address.startsWith('chrome:') ? address : `chrome-extension://${session.extensionId}/options.html`;
      const tab = await session.newPage();
      try {
        await tab.goto(url, { waitUntil: 'load' });
        const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
        const text = await popupText(popup);
        expect(text).toContain('can’t check this page');
        expect(await popup.$$eval('button', (buttons) => buttons.map((b) => b.textContent?.trim()))).toEqual([
          'Settings',
        ]);
        await popup.close();
      } finally {
        await tab.close();
      }
    });
  }

  it('logged no extension errors during the whole session', async () => {
    const errors = e2e().session.errors.extension();
    expect(errors, ErrorLog.format(errors)).toEqual([]);
  });
});
