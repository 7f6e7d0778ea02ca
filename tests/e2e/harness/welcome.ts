// The tab Parallax opens on installation (its welcome page). Tests that do not look at it close it as the browser
// starts, so every test's own tab stays the one in front; the welcome test keeps it (`keepWelcome`).
import type { Browser, Page } from 'puppeteer-core';

/** Path of the welcome page inside the package. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * The page's real address. Firefox's WebDriver BiDi reports a tab an extension opened as `about:blank`, but a
 * script in it can read `location`.
 */
export async function addressOf(page: Page): Promise<string> {
  const reported = page.url();
  if (reported !== 'about:blank') return reported;
  return page.evaluate(() => location.href).catch(() => reported);
}

/** Waits for the welcome tab to open and returns it; throws after `timeout` ms without one. */
export async function waitForWelcomeTab(browser: Browser, timeout = 15_000): Promise<Page> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      if ((await addressOf(page)).includes(WELCOME_PAGE)) return page;
    }
    if (Date.now() > until)
      throw new Error(`the welcome page (${WELCOME_PAGE}) did not open within ${timeout} ms of installation`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every open tab showing the welcome page. */
export async function welcomeTabs(browser: Browser): Promise<Page[]> {
  const found: Page[] = [];
  for (const page of await browser.pages()) if ((await addressOf(page)).includes(WELCOME_PAGE)) found.push(page);
  return found;
}

/**
 * Closes the welcome tab opened by the installation. With `required`, a tab that never opens is an error (a fresh
 * profile always gets one); without, it waits `timeout` ms at most (a profile the extension was installed on before).
 */
export async function closeWelcomeTab(browser: Browser, { required = true, timeout = 15_000 } = {}): Promise<void> {
  try {
    await (await waitForWelcomeTab(browser, timeout)).close();
  } catch (error) {
    if (required) throw error;
  }
}

/**
 * Waits for the welcome tab a fresh installation opens, so it never appears in front of a test's tab later, and
 * closes it unless `keep` (the welcome test and the demo look at it).
 */
export async function settleWelcomeTab(browser: Browser, keep: boolean): Promise<void> {
  const tab = await waitForWelcomeTab(browser);
  if (!keep) await tab.close();
}
