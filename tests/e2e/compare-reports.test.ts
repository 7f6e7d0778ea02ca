// The reader's comparison end to end: three reports of one event on three publisher hosts Parallax does not know
// (kind "comparison" in sites.json), each added by a click; "Compare" opens the sidebar on the current report with the
// facts the engine drafted across them, each outlet's figure, and this report's disputed figures marked in the page
// in the automatic style (never as reviewed disputes); "Keep this comparison" stores it, and reopening a report shows
// it again; a fourth outlet's report of the same event is an event match of the kept comparison. No request leaves
// for any host but the test server's.
//
// Chromium clicks the real toolbar button (CDP Extensions.triggerAction: the click grants activeTab) and the popup's
// buttons. Firefox cannot click the toolbar under automation: there an extension page (the options page, reached as
// in packs.test.ts) sends the popup's own messages ({type: 'compare-add' | 'compare-show' | 'compare-keep', tabId}),
// after a real click in that page has granted the four hosts (Firefox's testing preference answers the prompt), since
// without the toolbar click only site access lets the background read a tab.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FOURTH_HOST, REPORT_HOSTS, sitePage } from '../unit/compare/fixture-reports';
import {
  expectComparisonSidebar,
  expectOnlyTestServer,
  firefoxUuid,
  fourthMarks,
  grantHosts,
  marksOf,
  openExtensionPage,
  recordRequests,
  send,
  story,
} from './harness/comparison';
import {
  browserKinds,
  browserLabel,
  type BrowserSession,
  ErrorLog,
  openPage,
  pageUrl,
  sidebarText,
  useE2e,
  waitForSidebar,
  waitUntil,
} from './harness/e2e';
import { matchKind, waitForAutomatic } from './harness/event-pages';
import { clickPopupButton, openPopup, popupText } from './harness/extension-ui';
import { disputedTexts } from './harness/marks';

function expectNoErrors(session: BrowserSession, mark: number): void {
  const errors = session.errors.entries.slice(mark);
  expect(errors, ErrorLog.format(errors)).toEqual([]);
}

it('the test reports make a comparison with disputed facts marked on each report', () => {
  expect(story.articles.map((a) => a.url)).toEqual(REPORT_HOSTS.map((h) => pageUrl(sitePage(h))));
  expect(story.facts.filter((f) => f.status === 'disputed').length).toBeGreaterThanOrEqual(2);
  for (const host of REPORT_HOSTS) expect(marksOf(host).length, host).toBeGreaterThan(0);
});

if (browserKinds.includes('chromium')) {
  describe(`${browserLabel('chromium')} — reports added, compared and kept from the toolbar popup`, () => {
    const e2e = useE2e('chromium');
    const seen: string[] = [];
    const status = (popup: Page) =>
      popup.evaluate(() => document.querySelector('.px-compare [role="status"]')?.textContent ?? '');

    it(
      'three reports added by a click each; Compare shows the shared facts with each outlet’s figure and marks ' +
        'this report’s disputed figures; kept, it reappears on reopening a report; a fourth report is an event ' +
        'match of it; no request beyond the test server',
      async () => {
        const env = e2e();
        const { session } = env;
        const mark = session.errors.entries.length;
        const tabs: Page[] = [];
        try {
          for (const [i, host] of REPORT_HOSTS.entries()) {
            const tab = await openPage(session, pageUrl(sitePage(host)), recordRequests(seen));
            tabs.push(tab);
            const popup = await openPopup(session.browser, session.extensionId, tab, session.errors);
            await clickPopupButton(popup, 'Add to comparison');
            await waitUntil(
              popup,
              (n: number) =>
                document.querySelector('.px-compare [role="status"]')?.textContent?.includes(`(${n} report`),
              {
                timeout: 10_000,
              },
              i + 1,
            );
            expect(await status(popup)).toBe(
              `Added this page to your comparison (${i + 1} report${i === 0 ? '' : 's'}).`,
            );
            const text = await popupText(popup);
            for (const h of REPORT_HOSTS.slice(0, i + 1)) expect(text).toContain(h.replace(/^www\./, ''));
            // Nothing is shown until the reader asks to compare.
            expect(await sidebarText(tab)).toBeNull();
            if (i < REPORT_HOSTS.length - 1) await popup.close();
            else {
              await clickPopupButton(popup, 'Compare');
              await expectComparisonSidebar(tab, host, false);
              // The popup asks for the reports' sites inside the click; Chromium's prompt cannot be answered under
              // automation and may close the popup under the click, so the comparison is kept without them.
              await clickPopupButton(popup, 'Keep this comparison').catch((error: unknown) => {
                if (!popup.isClosed()) throw error;
              });
              await waitUntil(
                popup,
                () => document.querySelector('.px-compare [role="status"]')?.textContent?.startsWith('Kept'),
                { timeout: 10_000 },
              ).catch(() => undefined);
              if (!popup.isClosed()) await popup.close();
            }
          }
          for (const tab of tabs) await tab.close();
          tabs.length = 0;

          // Reopened: the kept comparison is an index source; without site access the page is checked on the click.
          const first = REPORT_HOSTS[0]!;
          const again = await openPage(session, pageUrl(sitePage(first)), recordRequests(seen));
          tabs.push(again);
          const popup = await openPopup(session.browser, session.extensionId, again, session.errors);
          expect(await popupText(popup)).toContain('This page is a report in your comparison, which you kept');
          await expectComparisonSidebar(again, first, true);
          await popup.close();

          const fourth = await openPage(session, pageUrl(sitePage(FOURTH_HOST)), recordRequests(seen));
          tabs.push(fourth);
          const fourthPopup = await openPopup(session.browser, session.extensionId, fourth, session.errors);
          expect(await popupText(fourthPopup)).toContain('This page reports the event of your comparison');
          await waitForSidebar(fourth, ['Parallax has not reviewed this article', 'This page’s figures', 'Automatic']);
          expect(await matchKind(fourth)).toBe('event');
          await waitForAutomatic(fourth, await fourthMarks('chromium'));
          expect(await disputedTexts(fourth)).toEqual([]);
          await fourthPopup.close();

          expectOnlyTestServer(env, seen);
          expectNoErrors(session, mark);
        } finally {
          for (const tab of tabs) await tab.close();
        }
      },
    );
  });
}

if (browserKinds.includes('firefox')) {
  describe(`${browserLabel('firefox')} — reports added, compared and kept`, () => {
    const e2e = useE2e('firefox', {
      firefoxArgs: ['--remote-allow-system-access'],
      firefoxPrefs: {
        'extensions.webextensions.uuids': JSON.stringify({ 'parallax@parallax.invalid': firefoxUuid }),
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    const seen: string[] = [];

    it(
      'three reports added by the popup’s message sent from an extension page (Firefox cannot click the toolbar ' +
        'under automation; the sites granted by a click there); Compare shows the shared facts with each outlet’s ' +
        'figure and marks this report’s disputed figures; kept, it reappears on reopening a report; a fourth report ' +
        'is an event match of it; no request beyond the test server',
      async () => {
        const env = e2e();
        const { session } = env;
        const mark = session.errors.entries.length;
        const extensionPage = await openExtensionPage(session);
        const tabs: Page[] = [];
        try {
          await grantHosts(extensionPage, [...REPORT_HOSTS, FOURTH_HOST]);
          for (const [i, host] of REPORT_HOSTS.entries()) {
            const url = pageUrl(sitePage(host));
            const tab = await openPage(session, url, recordRequests(seen));
            tabs.push(tab);
            const reply = await send(extensionPage, 'compare-add', url);
            expect(reply.message).toBe(`Added this page to your comparison (${i + 1} report${i === 0 ? '' : 's'}).`);
            expect(reply.state.reports.map((r) => r.outlet)).toEqual(
              REPORT_HOSTS.slice(0, i + 1).map((h) => h.replace(/^www\./, '')),
            );
            expect(await sidebarText(tab)).toBeNull();
          }
          const last = REPORT_HOSTS[REPORT_HOSTS.length - 1]!;
          const shown = await send(extensionPage, 'compare-show', pageUrl(sitePage(last)));
          expect(shown.ok, shown.message).toBe(true);
          await expectComparisonSidebar(tabs[tabs.length - 1]!, last, false);
          const kept = await send(extensionPage, 'compare-keep', pageUrl(sitePage(last)));
          expect(kept.ok, kept.message).toBe(true);
          for (const tab of tabs) await tab.close();
          tabs.length = 0;

          // Reopened: its site granted, the kept comparison is shown by itself.
          const first = REPORT_HOSTS[0]!;
          const again = await openPage(session, pageUrl(sitePage(first)), recordRequests(seen));
          tabs.push(again);
          await expectComparisonSidebar(again, first, true);

          const fourth = await openPage(session, pageUrl(sitePage(FOURTH_HOST)), recordRequests(seen));
          tabs.push(fourth);
          await waitForSidebar(fourth, ['Parallax has not reviewed this article', 'This page’s figures', 'Automatic']);
          expect(await matchKind(fourth)).toBe('event');
          expect(await disputedTexts(fourth)).toEqual([]);
          await waitForAutomatic(fourth, await fourthMarks('firefox'));

          expectOnlyTestServer(env, seen);
          expectNoErrors(session, mark);
        } finally {
          for (const tab of tabs) await tab.close();
          await extensionPage.close();
        }
      },
    );
  });
}
