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
import { join } from 'node:path';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../lib/compare/compare-reports';
import { comparisonFigures } from '../../lib/compare/comparison-figures';
import { generatedSource } from '../../lib/engine/generated-source';
import { readPage } from '../../lib/engine/read-page';
import { storiesSource } from '../../lib/engine/sources';
import { marksFigure } from '../../lib/event/page-figures';
import type { ComparisonReply } from '../../lib/messages';
import { packSitePatterns } from '../../lib/permissions/host-patterns';
import type { RuntimeStory } from '../../lib/story/runtime-types';
import { FOURTH_HOST, fixtureReports, REPORT_HOSTS, sitePage, snapshotOf } from '../unit/compare/fixture-reports';
import {
  browserKinds,
  browserLabel,
  buildDirs,
  type BrowserKind,
  type BrowserSession,
  ErrorLog,
  openPage,
  pageUrl,
  sidebarText,
  useE2e,
  waitForSidebar,
  waitUntil,
  type E2eEnv,
} from './harness/e2e';
import { matchKind, waitForAutomatic } from './harness/event-pages';
import { clickPopupButton, openPopup, popupText } from './harness/extension-ui';
import { disputedTexts } from './harness/marks';

/** What the test's extension page calls of the WebExtension API. */
interface Extension {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

const firefoxUuid = '3c9e7a51-6d2b-4f80-9a1e-5b7c2d4e6f81';

// What the comparison shows, made in Node from the same pages read as the extension reads them.
function expectedComparison(): RuntimeStory {
  const made = compareReports(fixtureReports(), new Date());
  if (!made.ok) throw new Error(made.problem);
  return made.story;
}
const story = expectedComparison();
const articleOf = (host: string) => {
  const article = story.articles.find((a) => a.url === pageUrl(sitePage(host)));
  if (!article) throw new Error(`the comparison has no report from ${host}`);
  return article;
};
const marksOf = (host: string) =>
  [...new Set(comparisonFigures(story, articleOf(host).id).map((f) => f.figureText))].sort();
// Each outlet's figure of each disputed fact, as the sidebar quotes it.
const disputedFigures = story.facts
  .filter((f) => f.status === 'disputed')
  .flatMap((f) => f.claims.map((c) => c.figureText));

// The fourth outlet's figures the engine marks, read in Node through the one door over the package's index and the
// comparison as a kept story.
async function fourthMarks(kind: BrowserKind): Promise<string[]> {
  const sources = [generatedSource(join(buildDirs[kind], 'generated')), storiesSource([story], story.id)];
  const answer = await readPage(snapshotOf(FOURTH_HOST), sources);
  if (answer.kind !== 'event' || answer.story.id !== story.id) throw new Error('the fourth report is no event match');
  const marks = [...new Set(answer.figures.filter(marksFigure).map((f) => f.figureText))].sort();
  expect(marks.length).toBeGreaterThan(0);
  return marks;
}

/** Every address the tabs of the test asked for, recorded from before each navigation. */
function recordRequests(seen: string[]) {
  return async (page: Page) => {
    page.on('request', (r: HTTPRequest) => seen.push(r.url()));
  };
}

function expectOnlyTestServer(env: E2eEnv, seen: string[]): void {
  const hosts = new Set(env.server.hosts);
  // The recording saw the pages themselves.
  expect(seen.filter((url) => hosts.has(new URL(url).hostname)).length).toBeGreaterThanOrEqual(5);
  const foreign = seen.filter((url) => {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && !hosts.has(parsed.hostname);
  });
  expect(foreign).toEqual([]);
  // What reached the machine's network through the server (Firefox's proxy; Chromium resolves no other name), less
  // Firefox's own remote settings, which the browser asks for whatever add-on it runs.
  const browsers = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;
  const refused = env.server.log.filter((e) => (!hosts.has(e.host) || e.status === 403) && !browsers.test(e.host));
  expect(refused).toEqual([]);
}

async function expectComparisonSidebar(tab: Page, host: string, kept: boolean): Promise<void> {
  await waitForSidebar(tab, [
    'Automatic',
    `Your comparison of ${story.articles.length} reports`,
    'no one has reviewed them',
    ...story.articles.map((a) => a.publisher),
    ...disputedFigures,
    kept ? 'You kept this comparison' : 'Keep it from Parallax',
  ]);
  // Made on the click or kept and recognised again: shown the same way, as the reader's comparison.
  expect(await matchKind(tab)).toBe('comparison');
  const text = (await sidebarText(tab)) ?? '';
  expect(text).toContain(`${articleOf(host).publisher}: ${articleOf(host).headline} (this page)`);
  await waitForAutomatic(tab, marksOf(host));
  // Never painted as a reviewed dispute.
  expect(await disputedTexts(tab)).toEqual([]);
}

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

    async function openExtensionPage(session: BrowserSession): Promise<Page> {
      const page = await session.newPage();
      // Firefox's BiDi navigation to an extension page loads it but never reports the load as finished.
      await page.goto(`moz-extension://${firefoxUuid}/options.html`, { timeout: 3_000 }).catch(() => undefined);
      await waitUntil(page, () => document.readyState === 'complete' && document.body !== null, { timeout: 10_000 });
      return page;
    }

    // A button of our own in the extension page, clicked for real (permissions.request() needs the reader's input),
    // asking for the sites as "Keep this comparison" does.
    async function grantHosts(page: Page, hosts: string[]): Promise<void> {
      await page.evaluate((origins: string[]) => {
        const button = document.createElement('button');
        button.id = 'grant-test-hosts';
        button.textContent = 'grant';
        const ext = (globalThis as unknown as { browser: Extension }).browser;
        button.addEventListener('click', () => {
          void ext.permissions.request({ origins }).then((granted) => {
            button.dataset.granted = String(granted);
          });
        });
        document.body.prepend(button);
      }, packSitePatterns(hosts));
      const button = (await page.$('#grant-test-hosts')) as ElementHandle<HTMLButtonElement>;
      await button.click();
      await waitUntil(page, () => document.getElementById('grant-test-hosts')?.dataset.granted === 'true', {
        timeout: 10_000,
      });
    }

    // The popup's message, sent from the extension page for the tab at `url`.
    async function send(page: Page, type: 'compare-add' | 'compare-show' | 'compare-keep', url: string) {
      return (await page.evaluate(
        async (t: string, address: string) => {
          const ext = (globalThis as unknown as { browser: Extension }).browser;
          const [tab] = await ext.tabs.query({ url: address });
          if (tab?.id === undefined) throw new Error(`no tab at ${address}`);
          return ext.runtime.sendMessage({ type: t, tabId: tab.id });
        },
        type,
        url,
      )) as ComparisonReply;
    }

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
