// What an older browser's WebDriver BiDi lacks of the emulation the tests use. Known from the browser's version when
// the tests are collected, so a test's name can say what it skipped there; checked when the test runs, so a name
// never claims a skip the browser did not need, and a browser lacking a command no name mentions still fails.
import type { Page, Viewport } from 'puppeteer-core';
import { browserLabel, browserMajor } from './browsers';
import type { BrowserKind } from './session';
import { waitUntil } from './wait';

/** The command page.setViewport sends with the viewport in Firefox. */
export const ORIENTATION_COMMAND = 'emulation.setScreenOrientationOverride';
/** The oldest Firefox seen with that command: ESR 153 has it, ESR 140 answers "unknown command". */
const FIREFOX_WITH_ORIENTATION = 153;

/** Whether page.setViewport can emulate the screen's orientation in this run's browser of that engine. */
export function emulatesOrientation(kind: BrowserKind): boolean {
  if (kind === 'chromium') return true;
  const major = browserMajor('firefox');
  return major === null || major >= FIREFOX_WITH_ORIENTATION;
}

/** For the name of a test that sets a viewport: what it skips in this browser ('' when nothing). */
export function viewportSkips(kind: BrowserKind): string {
  if (emulatesOrientation(kind)) return '';
  return ` — skipped in ${browserLabel(kind)}: the screen orientation's emulation (its WebDriver BiDi has no ${ORIENTATION_COMMAND})`;
}

/**
 * page.setViewport; where the browser lacks orientation emulation, the viewport without it, checked to have taken
 * (puppeteer sends both at once and rejects for the unknown one).
 */
export async function setViewport(page: Page, kind: BrowserKind, viewport: Viewport): Promise<void> {
  const error = await page.setViewport(viewport).then(
    () => null,
    (e: unknown) => e,
  );
  if (emulatesOrientation(kind)) {
    if (error) throw error;
    return;
  }
  if (!error) {
    throw new Error(
      `${browserLabel(kind)} has ${ORIENTATION_COMMAND}, which the test's name says it skips: lower FIREFOX_WITH_ORIENTATION in tests/e2e/harness/emulation.ts`,
    );
  }
  if (!String(error).includes(`unknown command ${ORIENTATION_COMMAND}`)) throw error;
  await waitUntil(
    page,
    (width: number, height: number, ratio: number) =>
      innerWidth === width && innerHeight === height && devicePixelRatio === ratio,
    { timeout: 5_000 },
    viewport.width,
    viewport.height,
    viewport.deviceScaleFactor ?? 1,
  ).catch((error: unknown) => {
    throw new Error(`${browserLabel(kind)} did not take the viewport ${JSON.stringify(viewport)}`, { cause: error });
  });
}
