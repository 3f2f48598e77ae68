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
    env: { TZ: 'UTC' },
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    coverage: { include: ['src/**'], reporter: ['text-summary'] },
  },
});
