// Launches the browsers `npm run bench:browser` compares: the same engine with the built extension and without
// it, both reaching the benchmark pages on the local fixture server under their real host names.
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { requireExecutable } from '../../tests/e2e/harness/browsers';
import { chromiumArgs } from '../../tests/e2e/harness/chromium';
import { firefoxPrefs } from '../../tests/e2e/harness/firefox';
import type { FixtureServer } from '../../tests/e2e/harness/server';
import type { BrowserKind } from '../../tests/e2e/harness/session';
import { buildDirs, requireBuild } from '../../tests/e2e/harness/sites';

/** The add-on id of the Firefox package (wxt.config.ts) and the internal UUID the bench gives it. */
const FIREFOX_ADDON_ID = 'parallax@parallax.invalid';
export const FIREFOX_EXTENSION_UUID = '5a1f0c3e-7b2d-4e8a-9c61-2d7e4f0b9a13';

/** A launched browser, with or without the extension. */
export interface BenchBrowser {
  kind: BrowserKind;
  withExtension: boolean;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the UUID of its moz-extension:// origin. */
  extensionId: string | null;
  /** Chromium with the extension: a DevTools session on its service worker, for its heap. */
  worker: CDPSession | null;
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
  const viewport = { width: 1280, height: 900 };
  if (kind === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: requireExecutable('chromium'),
      headless: true,
      pipe: true,
      acceptInsecureCerts: true,
      defaultViewport: viewport,
      // Extensions are enabled in both browsers (puppeteer otherwise disables them altogether), so the only
      // difference between the two is Parallax.
      enableExtensions: withExtension ? [requireBuild(packageDir ?? buildDirs.chromium)] : true,
      args: chromiumArgs(server),
    });
    let extensionId: string | null = null;
    let worker: CDPSession | null = null;
    if (withExtension) {
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
        { timeout: 15_000 },
      );
      extensionId = new URL(target.url()).host;
      worker = await target.createCDPSession();
    }
    return { kind, withExtension, browser, extensionId, worker, close: () => browser.close().catch(() => undefined) };
  }
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
    defaultViewport: viewport,
    // A fixed internal UUID, so the profiler's moz-extension:// frames can be told from built-in add-ons'.
    extraPrefsFirefox: {
      ...firefoxPrefs(server),
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
    env: { ...process.env, ...profiler },
  });
  if (withExtension) await browser.installExtension(requireBuild(packageDir ?? buildDirs.firefox));
  return {
    kind,
    withExtension,
    browser,
    extensionId: withExtension ? FIREFOX_EXTENSION_UUID : null,
    worker: null,
    close: () => (profileTo ? quitGracefully(browser) : browser.close().catch(() => undefined)),
  };
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
