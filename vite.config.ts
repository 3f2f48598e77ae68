import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dataDirectory } from './scripts/vite-plugin-data.ts';

// BASE_PATH lets the site live under a sub-path (e.g. /dashboard/); data URLs are
// resolved against it, never against the current page.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), dataDirectory(path.resolve(import.meta.dirname, 'data'))],
  build: { target: 'es2022', manifest: true },
});
