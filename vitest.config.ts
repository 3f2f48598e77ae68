import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.{ts,tsx}',
      'tests/data/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
    ],
    setupFiles: ['tests/setup.ts'],
    // A test that walks through the app awaits several lazy pages, each allowed
    // Testing Library's 5 s (tests/setup.ts); the whole test needs room for more
    // than one such wait.
    testTimeout: 20_000,
    env: { TZ: 'UTC' },
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    coverage: { include: ['src/**'], reporter: ['text-summary'] },
  },
});
