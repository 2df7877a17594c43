import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests (Playwright + real Chromium) run from their own config: see tests/e2e.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Many tests spawn the CLI (a cold Node process each); on a loaded two-core CI machine one took 12 s of 20.
    testTimeout: 60_000,
  },
});
