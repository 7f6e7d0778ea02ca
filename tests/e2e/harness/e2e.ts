// One call to get a fixture server and a browser with the built extension, and one to stop both.
import { afterAll, beforeAll } from 'vitest';
import { runBrowsers } from './browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startFixtureServer, type FixtureServer } from './server';
import type { BrowserKind, BrowserSession, LaunchOptions } from './session';
import { buildDirs, loadSites, type SitePage } from './sites';

/**
 * The engines of this run, in the order the tests run them: each end-to-end project drives one browser (Chromium,
 * the current Firefox ESR, the oldest Firefox the manifest declares). A block written for one engine is declared
 * only when `browserKinds` has it.
 */
export const browserKinds: BrowserKind[] = ['chromium' as const, 'firefox' as const].filter((kind) =>
  runBrowsers.some((browser) => browser.startsWith(kind)),
);

/** A fixture server plus one browser using it. */
export interface E2eEnv {
  server: FixtureServer;
  session: BrowserSession;
  sites: SitePage[];
  close(): Promise<void>;
}

/** Launches one engine with the built package for it against all fixture sites. */
export async function launchBrowser(
  kind: BrowserKind,
  server: FixtureServer,
  options: Partial<LaunchOptions> = {},
): Promise<BrowserSession> {
  const launch = kind === 'chromium' ? launchChromium : launchFirefox;
  return launch(server, { extensionDir: buildDirs[kind], ...options });
}

/** Starts the fixture server and one browser; stops the server again if the browser fails to start. */
export async function startE2e(kind: BrowserKind, options: Partial<LaunchOptions> = {}): Promise<E2eEnv> {
  const sites = loadSites();
  const server = await startFixtureServer(sites);
  try {
    const session = await launchBrowser(kind, server, options);
    return {
      server,
      session,
      sites,
      async close() {
        await session.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Starts one engine before the file's tests and stops it after them. Returns a getter each test calls: when the
 * launch failed (no browser, no build) every test fails with that reason instead of being reported as skipped.
 */
export function useE2e(kind: BrowserKind, options: Partial<LaunchOptions> = {}): () => E2eEnv {
  let env: E2eEnv | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      env = await startE2e(kind, options);
    } catch (error) {
      failure = error;
    }
  });
  afterAll(async () => {
    await env?.close();
  });
  return () => {
    if (env) return env;
    throw failure instanceof Error ? failure : new Error(`could not start ${kind}: ${String(failure)}`);
  };
}

export { browserLabel, browserMajor, oldestFirefoxRun } from './browsers';
export { ErrorLog } from './errors';
export * from './page';
export * from './sites';
export * from './wait';
export type { BrowserKind, BrowserSession } from './session';
