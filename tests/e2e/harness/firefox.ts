// Launches Firefox ESR, installs the built Firefox package as a temporary add-on over WebDriver BiDi, and
// routes every request through a PAC script to the fixture server (which refuses hosts it doesn't serve).
import puppeteer, { type Page } from 'puppeteer-core';
import { browserLabel, requireExecutable } from './browsers';
import { ErrorLog, mentionsExtension } from './errors';
import type { FixtureServer } from './server';
import type { BrowserSession, LaunchOptions } from './session';
import { requireBuild } from './sites';
import { settleWelcomeTab } from './welcome';

/** The PAC script: every host goes to the fixture server's http listener, which proxies https by CONNECT. */
export function pacUrl(server: FixtureServer): string {
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${server.httpPort}"; }`;
  return `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`;
}

/** Preferences for a quiet, offline test profile that reaches the fixture hosts only. */
export function firefoxPrefs(server: FixtureServer): Record<string, unknown> {
  return {
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': pacUrl(server),
    'network.stricttransportsecurity.preloadlist': false,
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    // The extension's background page logs only to the browser console; copying content-process consoles to
    // stdout is the one way to see its console.error over a BiDi session.
    'devtools.console.stdout.content': true,
  };
}

/** Starts Firefox ESR and installs the extension. */
export async function launchFirefox(server: FixtureServer, options: LaunchOptions): Promise<BrowserSession> {
  const executablePath = requireExecutable('firefox');
  const extensionDir = requireBuild(options.extensionDir);
  const errors = new ErrorLog();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: !options.headful,
    acceptInsecureCerts: true,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    extraPrefsFirefox: { ...firefoxPrefs(server), ...options.firefoxPrefs },
    ...(options.firefoxArgs ? { args: options.firefoxArgs } : {}),
  });
  watchProcess(browser.process(), errors);
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw new Error(`Firefox refused to install ${extensionDir}: ${String(error)}`);
  }
  try {
    await settleWelcomeTab(browser, options.keepWelcome ?? false);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    watchPage(page, errors);
    return page;
  };
  return {
    kind: 'firefox',
    label: browserLabel('firefox'),
    browser,
    extensionId,
    errors,
    newPage,
    close: () => browser.close().catch(() => undefined),
  };
}

// Firefox's own experiments loader (Nimbus) logs through the same console when it cannot reach Remote Settings,
// which the offline test profile never can; on a slow machine its timer fires inside a session.
const FIREFOX_OWN = /^console\.error: (RSLoader|RemoteSettings)\b/;

/** Reads the browser's own output: uncaught errors in extension scripts and content-process console errors. */
function watchProcess(process: ReturnType<import('puppeteer-core').Browser['process']>, errors: ErrorLog): void {
  const lines = (stream: NodeJS.ReadableStream | null | undefined, each: (line: string) => void): void => {
    let rest = '';
    stream?.on('data', (chunk: Buffer | string) => {
      const parts = (rest + String(chunk)).split('\n');
      rest = parts.pop() ?? '';
      parts.forEach(each);
    });
  };
  lines(process?.stderr, (line) => {
    if (line.startsWith('JavaScript error: ') && mentionsExtension(line))
      errors.add('extension', 'firefox stderr', line);
  });
  // With chrome-console copying off, these lines come from web pages and extension pages only; the tests'
  // fixture pages log no errors, so any here is counted against the extension. One exception: Firefox's own
  // Remote Settings loader ("RSLoader") sometimes logs an empty error there when its server, which the test
  // proxy refuses, cannot be reached; it is the browser's, whatever page is open.
  lines(process?.stdout, (line) => {
    if (line.startsWith('console.error: ') && !FIREFOX_OWN.test(line)) errors.add('extension', 'firefox console', line);
  });
}

/** Sends a Firefox page's errors (BiDi log entries) to the log. */
function watchPage(page: Page, errors: ErrorLog): void {
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    errors.add(mentionsExtension(text) ? 'extension' : 'page', 'page error', text);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url ?? '';
    errors.add(mentionsExtension(where) ? 'extension' : 'page', 'console', `${m.text()} (${where})`);
  });
  page.on('requestfailed', (r) => {
    if (mentionsExtension(r.url())) errors.add('extension', 'request failed', `${r.url()}: ${r.failure()?.errorText}`);
  });
}
