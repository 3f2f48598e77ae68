import { defineConfig } from 'vitest/config';

// End-to-end tests in a real browser (Debian's Chromium through playwright-core) against
// the production build served by `vite preview`. Run with `npm run test:e2e`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
