// Launches Debian's Chromium with the built Chrome package, every fixture host mapped to the local server.
import puppeteer, { type Page } from 'puppeteer-core';
import { browserLabel, requireExecutable } from './browsers';
import { ErrorLog, mentionsExtension } from './errors';
import type { FixtureServer } from './server';
import type { BrowserSession, LaunchOptions } from './session';
import { requireBuild } from './sites';
import { settleWelcomeTab } from './welcome';

/**
 * `--host-resolver-rules` sending each host's :80 and :443 to the server's two listeners; every other name
 * fails to resolve, so nothing is fetched from the network.
 */
export function hostResolverRules(server: FixtureServer): string {
  return [
    ...server.hosts.flatMap((h) => [
      `MAP ${h}:80 127.0.0.1:${server.httpPort}`,
      `MAP ${h}:443 127.0.0.1:${server.httpsPort}`,
    ]),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
}

/** Starts Chromium with the extension and waits for its service worker. */
/** Command-line switches for a quiet, offline Chromium that reaches the fixture hosts on the local server. */
export function chromiumArgs(server: FixtureServer): string[] {
  return [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--ignore-certificate-errors',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    `--host-resolver-rules=${hostResolverRules(server)}`,
  ];
}

export async function launchChromium(server: FixtureServer, options: LaunchOptions): Promise<BrowserSession> {
  const executablePath = requireExecutable('chromium');
  const extensionDir = requireBuild(options.extensionDir);
  const errors = new ErrorLog();
  const browser = await puppeteer.launch({
    executablePath,
    headless: !options.headful,
    pipe: true,
    // No userDataDir: puppeteer makes a fresh temporary profile and removes it on close, even after Ctrl+C.
    enableExtensions: [extensionDir],
    acceptInsecureCerts: true,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [...chromiumArgs(server), ...(options.headful ? ['--start-maximized'] : [])],
  });
  const cleanUp = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
  };
  let session: BrowserSession;
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    const extensionId = new URL(worker.url()).host;
    const sw = await worker.worker();
    sw?.on('console', (m) => {
      if (m.type() === 'error') errors.add('extension', 'service worker console', m.text());
    });
    // puppeteer's worker 'error' event stays silent for uncaught errors; the raw CDP event does not.
    sw?.client.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      errors.add('extension', 'service worker exception', d.exception?.description ?? d.text);
    });
    const newPage = async (): Promise<Page> => {
      const page = await browser.newPage();
      watchPage(page, errors);
      return page;
    };
    session = {
      kind: 'chromium',
      label: browserLabel('chromium'),
      browser,
      extensionId,
      errors,
      newPage,
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw new Error(`Chromium started but the extension's service worker never appeared (${String(error)})`);
  }
  try {
    await settleWelcomeTab(browser, options.keepWelcome ?? false);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return session;
}

/** Sends a Chromium page's errors to the log, split between the extension and the page. */
function watchPage(page: Page, errors: ErrorLog): void {
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    errors.add(mentionsExtension(text) ? 'extension' : 'page', 'page error', text);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url ?? '';
    // A page's own missing favicon is not our business; a missing extension resource is.
    if (m.text().startsWith('Failed to load resource') && !mentionsExtension(where)) return;
    errors.add(mentionsExtension(where) ? 'extension' : 'page', 'console', `${m.text()} (${where})`);
  });
  page.on('requestfailed', (r) => {
    if (mentionsExtension(r.url())) errors.add('extension', 'request failed', `${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && mentionsExtension(r.url()))
      errors.add('extension', 'response', `${r.status()} ${r.url()}`);
  });
}
