import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Unit tests beside the extension's utils, with WXT's fake browser (`npx vitest run --config extension/vitest.config.ts`). */
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    name: 'extension',
    include: ['utils/**/*.test.ts', 'entrypoints/**/*.test.ts'],
    environment: 'happy-dom',
    // the fake browser's missing i18n, over our message files
    setupFiles: ['test-setup.ts'],
  },
});
