import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // CI also writes a JSON report, from which .ci/run prints a plain "N passed, N failed" line
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-output/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          // one real PostgreSQL server for the whole run
          globalSetup: ['test/global-setup.ts'],
        },
      },
      // the extension's unit tests, beside its utils, with WXT's fake browser
      'extension/vitest.config.ts',
    ],
  },
});
