// Test projects: pure lib/ logic in Node, Preact components in happy-dom, and end-to-end runs of the built
// extension in real Chromium and Firefox (sequential: two cores, two real browsers).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        plugins: [WxtVitest()],
        test: { name: 'components', environment: 'happy-dom', include: ['tests/components/**/*.test.tsx'] },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
