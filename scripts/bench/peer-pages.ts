import path from 'node:path';
import { build } from 'vite';

/** The peer pages: the same chart drawn in the browser by other libraries, and by Recharts. */
export const PEER_PAGES = ['/peers/chartjs', '/peers/plot', '/peers/recharts-client'] as const;

const root = path.resolve(import.meta.dirname, '../..');

/** Builds bench/peers into bench-results/peers, to be served at /peers/ next to dist/. */
export async function buildPeerPages(): Promise<string> {
  const outDir = path.join(root, 'bench-results/peers');
  const peersDir = path.join(root, 'bench/peers');
  await build({
    root: peersDir,
    base: '/peers/',
    logLevel: 'error',
    configFile: false,
    plugins: [(await import('@vitejs/plugin-react')).default()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          ['chartjs', 'plot', 'recharts-client'].map((name) => [
            name,
            path.join(peersDir, `${name}.html`),
          ]),
        ),
      },
    },
  });
  return outDir;
}
