// What every launched browser offers the tests, whichever engine it is.
import type { Browser, Page } from 'puppeteer-core';
import type { ErrorLog } from './errors';

/** Which browser engine. */
export type BrowserKind = 'chromium' | 'firefox';

/** A running browser with the built extension installed. */
export interface BrowserSession {
  kind: BrowserKind;
  /** "Chromium 156" or "Firefox ESR 153", read from the browser. */
  label: string;
  browser: Browser;
  /** The installed extension's id (Chromium: from its service worker; Firefox: from installExtension). */
  extensionId: string;
  /** Every error seen so far in this browser. */
  errors: ErrorLog;
  /** A new tab whose errors go to `errors`. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** How to launch. */
export interface LaunchOptions {
  /** Folder of the built (unpacked) extension. */
  extensionDir: string;
  /** Show a window (for `npm run demo`); tests run headless. */
  headful?: boolean;
  /** Viewport; null lets the window decide (headful). */
  viewport?: { width: number; height: number } | null;
  /** Firefox only: extra command-line arguments and profile preferences (the pack test reaches the options page). */
  firefoxArgs?: string[];
  firefoxPrefs?: Record<string, unknown>;
  /** Leave the welcome tab the installation opens (the welcome test and the demo look at it); closed by default. */
  keepWelcome?: boolean;
}
