// Launches a browser with the built extension on a profile folder the test owns, so a second launch on the same
// folder finds what the first one stored (settings that must survive a restart).
import puppeteer, { type Browser, type Extension } from 'puppeteer-core';
import { browserLabel, requireExecutable } from './browsers';
import { chromiumArgs } from './chromium';
import { ErrorLog } from './errors';
import { firefoxPrefs } from './firefox';
import type { FixtureServer } from './server';
import type { BrowserKind, BrowserSession } from './session';
import { buildDirs, requireBuild } from './sites';
import { closeWelcomeTab } from './welcome';

// A profile the extension was installed on before may get no welcome tab: wait this long for one, then go on.
const WELCOME_WAIT_MS = 3_000;

/**
 * Firefox removes a temporary add-on when it shuts down and, by default, its storage and internal UUID with it.
 * These testing preferences keep both, which is what a permanently installed add-on has across restarts.
 */
const keepAddonData = {
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

/**
 * Starts `kind` on `profileDir` with the extension installed (Chromium loads it unpacked at start; Firefox gets
 * it again as a temporary add-on on every launch). Errors are not collected: these sessions test persistence.
 */
export async function launchWithProfile(
  kind: BrowserKind,
  server: FixtureServer,
  profileDir: string,
): Promise<BrowserSession> {
  const extensionDir = requireBuild(buildDirs[kind]);
  const executablePath = requireExecutable(kind);
  const errors = new ErrorLog();
  if (kind === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profileDir,
      enableExtensions: [extensionDir],
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      args: chromiumArgs(server),
    });
    try {
      const extension = await loadedExtension(browser, 'Parallax');
      await closeWelcomeTab(browser, { required: false, timeout: WELCOME_WAIT_MS });
      return {
        kind,
        label: browserLabel(kind),
        browser,
        extensionId: extension.id,
        errors,
        newPage: () => browser.newPage(),
        close: () => browser.close().catch(() => undefined),
      };
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...firefoxPrefs(server), ...keepAddonData },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    await closeWelcomeTab(browser, { required: false, timeout: WELCOME_WAIT_MS });
    return {
      kind,
      label: browserLabel(kind),
      browser,
      extensionId,
      errors,
      newPage: () => browser.newPage(),
      close: () => browser.close().catch(() => undefined),
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Waits for Chromium to list the extension: puppeteer 25's launch starts loading `enableExtensions` without
 * awaiting it, so the extension may not be there yet when launch returns.
 */
export async function loadedExtension(browser: Browser, name: string, timeout = 15_000): Promise<Extension> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = [...(await browser.extensions()).values()].find((e) => e.name === name);
    if (found) return found;
    if (Date.now() > until) throw new Error(`Chromium did not load the ${name} extension within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
