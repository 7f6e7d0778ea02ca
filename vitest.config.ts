// Test projects: pure lib/ logic in Node, Preact components in happy-dom, and end-to-end runs of the built
// extension in real browsers, one project a browser, one after the other (two cores): Chromium, the current
// Firefox ESR, and the oldest Firefox the manifest declares (strict_min_version, unpacked by
// `bash .ci/install-oldest-firefox`). Each end-to-end part starts with the browser's version.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files of one engine only: the Chromium popup and the fixture server's own test run once, in Chromium's part;
// web-ext lint of the Firefox package once, in the current Firefox's.
const CHROMIUM_ONLY = ['tests/e2e/popup.test.ts', 'tests/e2e/fixture-server.test.ts'];
const FIREFOX_ONCE = ['tests/e2e/web-ext-lint.test.ts'];

function e2e(browser: 'chromium' | 'firefox' | 'firefox-oldest', order: number, exclude: string[]) {
  return {
    test: {
      name: `e2e-${browser}`,
      environment: 'node' as const,
      include: ['tests/e2e/**/*.test.ts'],
      exclude,
      env: { PARALLAX_E2E_BROWSER: browser },
      testTimeout: 120_000,
      hookTimeout: 120_000,
      fileParallelism: false,
      sequence: { groupOrder: order },
    },
  };
}

export default defineConfig({
  test: {
    reporters: ['default', './tests/e2e/harness/browser-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        plugins: [WxtVitest()],
        test: { name: 'components', environment: 'happy-dom', include: ['tests/components/**/*.test.tsx'] },
      },
      e2e('chromium', 1, FIREFOX_ONCE),
      e2e('firefox', 2, CHROMIUM_ONLY),
      e2e('firefox-oldest', 3, [...CHROMIUM_ONLY, ...FIREFOX_ONCE]),
    ],
  },
});
