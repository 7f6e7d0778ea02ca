// The welcome page, shown once when Parallax is installed: where it works and the stories it knows. An update, a
// browser update or a reload never shows it again.
import { browser } from 'wxt/browser';

/** Address of the welcome page as the installation opens it (the query makes it greet the reader). */
export const WELCOME_PATH = '/welcome.html?installed';

/** Whether an `onInstalled` event should open the welcome page: only a first installation does. */
export function opensWelcome(details: { reason: string }): boolean {
  return details.reason === 'install';
}

/** Opens the welcome page in a new tab on installation; registered at start-up with the other listeners. */
export function showWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (!opensWelcome(details)) return;
    const url = (browser.runtime.getURL as (path: string) => string)(WELCOME_PATH);
    void browser.tabs
      .create({ url })
      .catch((error: unknown) => console.warn('Parallax: could not open the welcome page', error));
  });
}
