// Launches the browsers `npm run bench:browser` compares: the same engine with the built extension and without
// it, both reaching the benchmark pages on the local fixture server under their real host names.
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { requireExecutable } from '../../tests/e2e/harness/browsers';
import { chromiumArgs } from '../../tests/e2e/harness/chromium';
import { firefoxPrefs } from '../../tests/e2e/harness/firefox';
import type { FixtureServer } from '../../tests/e2e/harness/server';
import type { BrowserKind } from '../../tests/e2e/harness/session';
import { buildDirs, requireBuild } from '../../tests/e2e/harness/sites';
import { loadedExtension } from '../../tests/e2e/harness/profile-launch';
import { workerGone } from '../bench/support/service-worker-wake';
import { settleWelcomeTab } from '../../tests/e2e/harness/welcome';

/** The add-on id of the Firefox package (wxt.config.ts) and the internal UUID the bench gives it. */
const FIREFOX_ADDON_ID = 'parallax@parallax.invalid';
export const FIREFOX_EXTENSION_UUID = '5a1f0c3e-7b2d-4e8a-9c61-2d7e4f0b9a13';
const VIEWPORT = { width: 1280, height: 900 };

/** A launched browser, with or without the extension. */
export interface BenchBrowser {
  kind: BrowserKind;
  withExtension: boolean;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the UUID of its moz-extension:// origin. */
  extensionId: string | null;
  /** Chromium with the extension: a DevTools session on its service worker while it runs, for its heap. */
  worker(): Promise<CDPSession | null>;
  close(): Promise<void>;
}

/** Launches one browser; `profileTo` starts Firefox's Gecko profiler, which writes there at shutdown. */
export async function launchBench(
  kind: BrowserKind,
  server: FixtureServer,
  withExtension: boolean,
  profileTo?: string,
  packageDir?: string,
): Promise<BenchBrowser> {
  if (kind === 'chromium') return launchChromium(server, withExtension ? (packageDir ?? buildDirs.chromium) : null);
  const profiler = profileTo
    ? {
        MOZ_PROFILER_STARTUP: '1',
        MOZ_PROFILER_STARTUP_INTERVAL: '1',
        // JavaScript stacks, and the thread's CPU time with each sample.
        MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
        MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
        MOZ_PROFILER_SHUTDOWN: profileTo,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireExecutable('firefox'),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    // A fixed internal UUID, so the profiler's moz-extension:// frames can be told from built-in add-ons'.
    extraPrefsFirefox: {
      ...firefoxPrefs(server),
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
    env: { ...process.env, ...profiler },
  });
  if (withExtension) {
    await browser.installExtension(requireBuild(packageDir ?? buildDirs.firefox));
    await closeWelcome(browser);
  }
  return {
    kind,
    withExtension,
    browser,
    extensionId: withExtension ? FIREFOX_EXTENSION_UUID : null,
    worker: async () => null,
    close: () => (profileTo ? quitGracefully(browser) : browser.close().catch(() => undefined)),
  };
}

/**
 * Chromium, measured as in any session after the one that installed the extension. The installation opens the
 * welcome page, and its rendering stays in the extension's process after its tab is closed (README, "Memory, and
 * whose it is"); a reader sees that page once. So the welcome tab is closed and the service worker stopped, which
 * ends that process; the first page asked about starts a new one, as in a later session.
 */
async function launchChromium(server: FixtureServer, extensionDir: string | null): Promise<BenchBrowser> {
  const browser = await puppeteer.launch({
    executablePath: requireExecutable('chromium'),
    headless: true,
    pipe: true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    // Extensions are enabled in both browsers (puppeteer otherwise disables them altogether), so the only
    // difference between the two is Parallax.
    enableExtensions: extensionDir ? [requireBuild(extensionDir)] : true,
    args: chromiumArgs(server),
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    try {
      extensionId = (await loadedExtension(browser, 'Parallax')).id;
      await closeWelcome(browser);
      await stopServiceWorkers(browser);
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  }
  const worker = async (): Promise<CDPSession | null> => {
    const target = browser
      .targets()
      .find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`));
    return target ? target.createCDPSession().catch(() => null) : null;
  };
  return {
    kind: 'chromium',
    withExtension: extensionDir !== null,
    browser,
    extensionId,
    worker,
    close: () => browser.close().catch(() => undefined),
  };
}

/** Stops every extension service worker and waits until none runs. */
async function stopServiceWorkers(browser: Browser): Promise<void> {
  const tab = await browser.newPage();
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await workerGone(browser);
  } finally {
    await tab.close();
  }
}

/**
 * Closes the welcome page the installation opens in a tab of its own. A reader closes it once, but left open it would
 * count in every figure taken after: its page lives in the extension's process, which Chromium then reports as
 * Parallax's memory, as Firefox does its WebExtensions process.
 */
async function closeWelcome(browser: Browser): Promise<void> {
  await settleWelcomeTab(browser, false);
}

/**
 * Asks Firefox to quit and waits until it has, however long writing the profile takes: puppeteer's own close
 * kills a Firefox it launched that has not exited within 5 s, cutting the profile short. A second connection
 * to the same browser closes it without that deadline.
 */
async function quitGracefully(browser: Browser): Promise<void> {
  const child = browser.process();
  const endpoint = browser.wsEndpoint();
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  await browser.disconnect().catch(() => undefined);
  try {
    const again = await puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi' });
    await again.close();
  } catch {
    child?.kill('SIGTERM');
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 120_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') child?.kill('SIGKILL');
}
