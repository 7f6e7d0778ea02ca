// Finds the browsers and names them by their real version, synchronously, so describe blocks can say which browser
// a result belongs to. Each end-to-end project drives one browser (PARALLAX_E2E_BROWSER): Chromium, the current
// Firefox ESR, or the oldest Firefox the manifest declares, unpacked by .ci/install-oldest-firefox.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BrowserKind } from './session';
import { repoRoot } from './sites';

/** A browser the end-to-end tests run in: an engine, and for Firefox the current ESR or the oldest declared. */
export type E2eBrowser = 'chromium' | 'firefox' | 'firefox-oldest';

/** The browsers of this run: the project's one, or (outside the test projects: scripts) Chromium and Firefox ESR. */
export const runBrowsers: E2eBrowser[] = ((): E2eBrowser[] => {
  const wanted = process.env.PARALLAX_E2E_BROWSER;
  if (!wanted) return ['chromium', 'firefox'];
  if (wanted === 'chromium' || wanted === 'firefox' || wanted === 'firefox-oldest') return [wanted];
  throw new Error(`PARALLAX_E2E_BROWSER=${wanted}: expected chromium, firefox or firefox-oldest`);
})();

/** True in the run that drives the oldest Firefox the manifest declares instead of the installed one. */
export const oldestFirefoxRun = runBrowsers.includes('firefox-oldest');

/** The major version of the manifest's desktop `strict_min_version` (MIN_FIREFOX in wxt.config.ts). */
export function declaredFirefoxMajor(): number {
  const config = readFileSync(join(repoRoot, 'wxt.config.ts'), 'utf8');
  const major = config.match(/^const MIN_FIREFOX = (\d+);/m)?.[1];
  if (!major) throw new Error('wxt.config.ts declares no MIN_FIREFOX');
  return Number(major);
}

/** Executable of a browser (override with CHROMIUM_PATH, FIREFOX_PATH, FIREFOX_OLDEST_PATH). */
export function executableOf(browser: E2eBrowser): string {
  if (browser === 'chromium') return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (browser === 'firefox') return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  // Where .ci/install-oldest-firefox unpacks it.
  const cache = process.env.PARALLAX_FIREFOX_CACHE || join(homedir(), '.cache/parallax-firefox');
  const unpacked = join(cache, `firefox-esr-${declaredFirefoxMajor()}`, 'usr/lib/firefox-esr/firefox-esr');
  return process.env.FIREFOX_OLDEST_PATH || unpacked;
}

/** Executable of each engine in this run. */
export const executables: Record<BrowserKind, string> = {
  chromium: executableOf('chromium'),
  firefox: executableOf(oldestFirefoxRun ? 'firefox-oldest' : 'firefox'),
};

const installHints: Record<E2eBrowser, string> = {
  chromium: 'install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH)',
  firefox: 'install it with `apt-get update && apt-get install -y firefox-esr` (or set FIREFOX_PATH)',
  'firefox-oldest': 'unpack it with `bash .ci/install-oldest-firefox` (or set FIREFOX_OLDEST_PATH)',
};

/** The executable, or throws saying how to install the browser. */
export function requireExecutable(kind: BrowserKind): string {
  const path = executables[kind];
  if (!existsSync(path)) {
    const browser: E2eBrowser = kind === 'firefox' && oldestFirefoxRun ? 'firefox-oldest' : kind;
    throw new Error(`${kind} not found at ${path}: ${installHints[browser]}`);
  }
  return path;
}

const versionLines = new Map<string, string | null>();

/** What `<executable> --version` prints ("Chromium 156.0.8078.114 built on Debian …", "Mozilla Firefox 153.8.0esr"). */
export function versionLine(path: string): string | null {
  if (versionLines.has(path)) return versionLines.get(path) ?? null;
  let line: string | null = null;
  if (existsSync(path)) {
    try {
      line = execFileSync(path, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 20_000,
      }).trim();
    } catch {
      line = null;
    }
  }
  versionLines.set(path, line);
  return line;
}

/** One line saying which browser a project drives: its version and executable, or how to install it. */
export function describeBrowser(browser: E2eBrowser): string {
  const path = executableOf(browser);
  const line = versionLine(path);
  return line ? `${line} (${path})` : `${browser}: not found at ${path}; ${installHints[browser]}`;
}

/** The browser's major version (156, 153, 140), or null when it is missing. */
export function browserMajor(kind: BrowserKind): number | null {
  const line = versionLine(executables[kind]);
  const major = line?.match(kind === 'chromium' ? /Chromium (\d+)\./ : /Firefox (\d+)\./)?.[1];
  return major ? Number(major) : null;
}

/** "Chromium 156", "Firefox ESR 153", or a name that says the browser is missing. */
export function browserLabel(kind: BrowserKind): string {
  const line = versionLine(executables[kind]);
  if (kind === 'chromium') {
    const major = line?.match(/Chromium (\d+)\./)?.[1];
    return major ? `Chromium ${major}` : 'Chromium (not installed)';
  }
  const match = line?.match(/Firefox (\d+)\.[\d.]*(esr)?/);
  if (match) return `Firefox${match[2] ? ' ESR' : ''} ${match[1]}`;
  return oldestFirefoxRun ? `Firefox ESR ${declaredFirefoxMajor()} (not installed)` : 'Firefox ESR (not installed)';
}
