// Story packs end to end. The extension is built here from an index without any story, so the Mali story, its
// hosts and its facts reach the browser only through a pack added on the options page. A pack whose figure was
// edited (checksum redone, SHA-256 digests not) is refused first, leaving nothing installed.
//
// Site access for a pack's hosts is asked for inside the "Add this pack" click:
// - Firefox: the test profile sets `extensions.webextOptionalPermissionPrompts` to false, Firefox's own testing
//   preference under which permissions.request() grants without a prompt, so the automatic path runs: the content
//   script registered at run time for the pack's sites finds the article on its own. The options page is a
//   moz-extension:// page, reached over WebDriver BiDi with `--remote-allow-system-access`, at the UUID the profile
//   fixes with `extensions.webextensions.uuids`.
// - Chromium: the permission prompt is browser UI that automation cannot answer (CDP's Browser.setPermission covers
//   web permissions, not extension host access; chrome://extensions cannot grant an optional host), so the prompt
//   stays unanswered and the pack is installed without it; the page is then checked through the real toolbar
//   button (CDP Extensions.triggerAction, which grants activeTab), the path every reader without the grant has.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  type BrowserSession,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  settle,
  sidebarCount,
  useE2e,
  waitForSidebar,
  waitUntil,
} from './harness/e2e';
import { openPopup, popupText } from './harness/extension-ui';
import { disputedTexts, expectedDisputed, waitForDisputed, waitForReading } from './harness/marks';
import { contentScriptRunsOn, type ManifestContentScript } from './harness/match-pattern';
import { buildPackTest, type PackBuild } from './harness/pack-build';

const root = mkdtempSync(join(tmpdir(), 'parallax-pack-e2e-'));
const firefoxUuid = '7d4f1c2e-3b5a-4c6d-8e9f-0a1b2c3d4e5f';
const cnn = loadSites().find((p) => p.article === 'cnn-r2' && p.kind === 'story');
// Expectations come from the repository's own build of the story, the same data the pack carries.
const index = loadIndex();
let build: PackBuild | undefined;

beforeAll(() => {
  build = buildPackTest(root, undefined, browserKinds);
  process.stderr.write(`packs e2e: test packages and packs built in ${build.seconds.toFixed(1)} s\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function built(): PackBuild {
  if (!build) throw new Error('the pack test build did not run');
  return build;
}

async function openOptions(session: BrowserSession): Promise<Page> {
  const page = await session.newPage();
  const url =
    session.kind === 'chromium'
      ? `chrome-extension://${session.extensionId}/options.html`
      : `moz-extension://${firefoxUuid}/options.html`;
  // Firefox's BiDi navigation to an extension page loads it but never reports the load as finished.
  await page.goto(url, { timeout: session.kind === 'firefox' ? 3_000 : 15_000 }).catch((error: unknown) => {
    if (session.kind === 'chromium') throw error;
  });
  await page.waitForSelector('input[type="file"]', { timeout: 10_000 });
  await waitUntil(page, () => !document.body.innerText.includes('Loading the installed packs'), {
    timeout: 10_000,
  });
  return page;
}

async function chooseFile(options: Page, path: string): Promise<void> {
  const input = (await options.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => (e as HTMLElement).innerText);
}

/** Refuses the edited pack, then adds the good one; returns the status line once the pack is in. */
async function addPack(session: BrowserSession): Promise<{ refusal: string; status: string }> {
  const options = await openOptions(session);
  try {
    await chooseFile(options, built().tamperedPack);
    await options.waitForSelector('[role="alert"]', { timeout: 15_000 });
    const refusal = await textOf(options, '[role="alert"]');
    expect(await textOf(options, 'main')).toContain('No story packs added.');

    await chooseFile(options, built().pack);
    // A real click (trusted input), inside which the page asks for the pack's site access.
    const add = await options.waitForSelector('.px-pack-pending .px-button-primary', { timeout: 15_000 });
    expect(await add!.evaluate((b) => b.textContent)).toBe('Add this pack');
    await add!.click();
    await waitUntil(
      options,
      () => document.querySelector('.px-packs [role="status"]')?.textContent?.startsWith('Added'),
      { timeout: 15_000 },
    );
    if (session.kind === 'firefox') {
      await waitUntil(
        options,
        () => document.querySelector('.px-packs [role="status"]')?.textContent?.includes('checked automatically'),
        { timeout: 10_000 },
      );
    }
    const status = await textOf(options, '.px-packs [role="status"]');
    expect(await textOf(options, '[aria-label="Installed story packs"]')).toContain('France');
    return { refusal, status };
  } finally {
    await options.close();
  }
}

function manifestOf(dir: string): { content_scripts?: ManifestContentScript[]; host_permissions?: string[] } {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: ManifestContentScript[] };
}

// Each block runs in the project of its engine (browserKinds).
if (browserKinds.includes('chromium')) {
  describe(`${browserLabel('chromium')} — a story pack added on the options page, checked on the toolbar click`, () => {
    const e2e = useE2e('chromium', { extensionDir: join(root, 'output/chrome-mv3') });

    it('refuses an edited pack, adds the Mali pack, and shows the sidebar and marks on the CNN article', async () => {
      const site = cnn!;
      expect(contentScriptRunsOn(manifestOf(built().chromium).content_scripts ?? [], pageUrl(site))).toBe(false);
      const { session } = e2e();
      const mark = session.errors.entries.length;
      const before = await openPage(session, pageUrl(site));
      await settle();
      expect(await sidebarCount(before)).toBe(0);
      await before.close();

      const { refusal } = await addPack(session);
      expect(refusal).toContain('mali-edited.parallax-pack was not added.');
      expect(refusal).toContain('does not match its SHA-256 digest');

      const { story, article } = findArticle(index, 'cnn-r2');
      const tab = await openPage(session, pageUrl(site));
      try {
        const popup = await openPopup(session.browser, session.extensionId, tab);
        expect(await popupText(popup)).toContain('Parallax knows this article');
        await waitForSidebar(tab, [story.title, article.publisher]);
        await waitForReading(tab, article.publisher);
        await waitForDisputed(tab, expectedDisputed(index, 'cnn-r2'));
        expect(await disputedTexts(tab)).toEqual(expectedDisputed(index, 'cnn-r2'));
        await popup.close();
        const errors = session.errors.entries.slice(mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
}

if (browserKinds.includes('firefox')) {
  describe(`${browserLabel('firefox')} — a story pack added on the options page, its sites checked automatically`, () => {
    const e2e = useE2e('firefox', {
      extensionDir: join(root, 'output/firefox-mv3'),
      firefoxArgs: ['--remote-allow-system-access'],
      firefoxPrefs: {
        'extensions.webextensions.uuids': JSON.stringify({ 'parallax@parallax.invalid': firefoxUuid }),
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });

    it(
      'refuses an edited pack, adds the Mali pack with its sites, and the CNN article shows the sidebar and marks ' +
        'by itself',
      async () => {
        const site = cnn!;
        expect(contentScriptRunsOn(manifestOf(built().firefox).content_scripts ?? [], pageUrl(site))).toBe(false);
        const { session } = e2e();
        const mark = session.errors.entries.length;
        const { refusal, status } = await addPack(session);
        expect(refusal).toContain('does not match its SHA-256 digest');
        expect(status).toContain('Its articles are checked automatically.');

        const { story, article } = findArticle(index, 'cnn-r2');
        const tab = await openPage(session, pageUrl(site));
        try {
          await waitForSidebar(tab, [story.title, article.publisher]);
          await waitForReading(tab, article.publisher);
          await waitForDisputed(tab, expectedDisputed(index, 'cnn-r2'));
          const errors = session.errors.entries.slice(mark);
          expect(errors, ErrorLog.format(errors)).toEqual([]);
        } finally {
          await tab.close();
        }
      },
    );
  });
}
