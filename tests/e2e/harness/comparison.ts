// The reader's comparison in the end-to-end test (compare-reports.test.ts): what it should show, computed in Node from
// the same pages as the extension reads them; the checks of the sidebar beside a report and of the requests made; and
// in Firefox, an extension page that grants the reports' sites and sends the popup's messages.
import { join } from 'node:path';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { compareReports } from '../../../lib/compare/compare-reports';
import { comparisonFigures } from '../../../lib/compare/comparison-figures';
import { generatedSource } from '../../../lib/engine/generated-source';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { marksFigure } from '../../../lib/event/page-figures';
import type { ComparisonReply } from '../../../lib/messages';
import { packSitePatterns } from '../../../lib/permissions/host-patterns';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { FOURTH_HOST, fixtureReports, sitePage, snapshotOf } from '../../unit/compare/fixture-reports';
import type { E2eEnv } from './e2e';
import { matchKind, waitForAutomatic } from './event-pages';
import { disputedTexts } from './marks';
import { sidebarText, waitForSidebar } from './page';
import type { BrowserKind, BrowserSession } from './session';
import { buildDirs, pageUrl } from './sites';
import { waitUntil } from './wait';

/** What the test's extension page calls of the WebExtension API. */
interface Extension {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The add-on's internal UUID the Firefox profile fixes, so the test knows its pages' addresses. */
export const firefoxUuid = '3c9e7a51-6d2b-4f80-9a1e-5b7c2d4e6f81';

// What the comparison shows, made in Node from the same pages read as the extension reads them.
function expectedComparison(): RuntimeStory {
  const made = compareReports(fixtureReports(), new Date());
  if (!made.ok) throw new Error(made.problem);
  return made.story;
}
/** The comparison of the three reports, made in Node. */
export const story = expectedComparison();
/** The report from a host. */
export const articleOf = (host: string) => {
  const article = story.articles.find((a) => a.url === pageUrl(sitePage(host)));
  if (!article) throw new Error(`the comparison has no report from ${host}`);
  return article;
};
/** The figures of a report the comparison marks in its page, sorted. */
export const marksOf = (host: string) =>
  [...new Set(comparisonFigures(story, articleOf(host).id).map((f) => f.figureText))].sort();
// Each outlet's figure of each disputed fact, as the sidebar quotes it.
const disputedFigures = story.facts
  .filter((f) => f.status === 'disputed')
  .flatMap((f) => f.claims.map((c) => c.figureText));

// The fourth outlet's figures the engine marks, read in Node through the one door over the package's index and the
// comparison as a kept story.
export async function fourthMarks(kind: BrowserKind): Promise<string[]> {
  const sources = [generatedSource(join(buildDirs[kind], 'generated')), storiesSource([story], story.id)];
  const answer = await readPage(snapshotOf(FOURTH_HOST), sources);
  if (answer.kind !== 'event' || answer.story.id !== story.id) throw new Error('the fourth report is no event match');
  const marks = [...new Set(answer.figures.filter(marksFigure).map((f) => f.figureText))].sort();
  expect(marks.length).toBeGreaterThan(0);
  return marks;
}

/** Every address the tabs of the test asked for, recorded from before each navigation. */
export function recordRequests(seen: string[]) {
  return async (page: Page) => {
    page.on('request', (r: HTTPRequest) => seen.push(r.url()));
  };
}

/** No request for another host from the tabs, and none through the server's proxy (Firefox's own set apart). */
export function expectOnlyTestServer(env: E2eEnv, seen: string[]): void {
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

/** Waits for the comparison beside a report, made on the click or kept, and checks its marks. */
export async function expectComparisonSidebar(tab: Page, host: string, kept: boolean): Promise<void> {
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

/** The options page, an extension page reached over WebDriver BiDi (Firefox with --remote-allow-system-access). */
export async function openExtensionPage(session: BrowserSession): Promise<Page> {
  const page = await session.newPage();
  // Firefox's BiDi navigation to an extension page loads it but never reports the load as finished.
  await page.goto(`moz-extension://${firefoxUuid}/options.html`, { timeout: 3_000 }).catch(() => undefined);
  await waitUntil(page, () => document.readyState === 'complete' && document.body !== null, { timeout: 10_000 });
  return page;
}

/**
 * Grants the hosts' sites as "Keep this comparison" asks for them: a button of our own in the extension page, clicked
 * for real (permissions.request() needs the reader's input).
 */
export async function grantHosts(page: Page, hosts: string[]): Promise<void> {
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

/** Sends the popup's message from the extension page, for the tab at `url`; the background's reply. */
export async function send(page: Page, type: 'compare-add' | 'compare-show' | 'compare-keep', url: string) {
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
