// Finds the Debian browsers and names them by their real version, synchronously, so describe blocks can say
// which browser a result belongs to.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BrowserKind } from './session';

/** Executable of each browser (override with CHROMIUM_PATH / FIREFOX_PATH). */
export const executables: Record<BrowserKind, string> = {
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
};

const installHint = 'install it with `apt-get install -y chromium firefox-esr`';

/** The executable, or throws saying how to install the browser. */
export function requireExecutable(kind: BrowserKind): string {
  const path = executables[kind];
  if (!existsSync(path)) {
    const variable = kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
    throw new Error(`${kind} not found at ${path}: ${installHint} (or set ${variable})`);
  }
  return path;
}

function versionLine(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    });
  } catch {
    return null;
  }
}

/** "Chromium 156", "Firefox ESR 153", or a name that says the browser is missing. */
export function browserLabel(kind: BrowserKind): string {
  const line = versionLine(executables[kind]);
  if (kind === 'chromium') {
    const major = line?.match(/Chromium (\d+)\./)?.[1];
    return major ? `Chromium ${major}` : 'Chromium (not installed)';
  }
  const match = line?.match(/Firefox (\d+)\.[\d.]*(esr)?/);
  if (!match) return 'Firefox ESR (not installed)';
  return `Firefox${match[2] ? ' ESR' : ''} ${match[1]}`;
}
