import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { missingFilesAre404 } from './preview-404';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the site root, including BASE_PATH, ending in "/". */
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

/** Builds the site unless E2E_REUSE_BUILD=1 and a build exists: CI tests the current code. */
export function buildSite(): void {
  const reuse = process.env.E2E_REUSE_BUILD === '1';
  if (reuse && existsSync(path.join(root, 'dist/index.html'))) {
    console.log('[e2e] E2E_REUSE_BUILD=1: reusing dist/');
    return;
  }
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`[e2e] npm run build failed (exit ${result.status ?? result.signal})`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildSite();
  const server = await preview({
    root,
    logLevel: 'warn',
    plugins: [missingFilesAre404()],
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('[e2e] preview server has no TCP address');
  }
  const baseUrl = `http://127.0.0.1:${address.port}${server.config.base}`;
  console.log(`[e2e] serving dist/ at ${baseUrl}`);
  project.provide('baseUrl', baseUrl);
  return async () => {
    await server.close();
  };
}
