import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../src/domain/language';

/** The parts of Vite's .vite/manifest.json this module reads. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Each language's whole catalogue, as a site page loads it before hydration. */
const SITE_CATALOGUES = LANGUAGES.map((language) => `src/app/i18n/locales/${language}/index.ts`);

/** Each language's embed namespaces (src/app/i18n/namespaces.ts, EMBED_NAMESPACES). */
const EMBED_CATALOGUES = LANGUAGES.map(
  (language) => `src/app/i18n/locales/${language}/embed-namespaces.ts`,
);

/** The module that takes over the page after the first paint (src/app/main.tsx picks it). */
const SITE_START = 'src/app/start.tsx';

/**
 * What each route kind loads for its first view besides the entry: its start module and its
 * page's chunk (as src/app/lazy-pages.ts loads it; the embed's start imports its page), and a
 * catalogue, loaded before hydration; routes are measured in their heaviest language.
 */
export const ROUTE_MODULES = {
  home: {
    modules: [SITE_START, 'src/features/home/home-page.tsx'],
    catalogues: SITE_CATALOGUES,
  },
  indicator: {
    modules: [SITE_START, 'src/features/indicator/indicator-page.tsx'],
    catalogues: SITE_CATALOGUES,
  },
  embed: {
    modules: ['src/app/embed-start.tsx'],
    catalogues: EMBED_CATALOGUES,
  },
  'not-found': {
    modules: [SITE_START, 'src/features/not-found/not-found-page.tsx'],
    catalogues: SITE_CATALOGUES,
  },
} as const satisfies Record<string, { modules: string[]; catalogues: string[] }>;
export type RouteKind = keyof typeof ROUTE_MODULES;

/** Modules loaded on demand once a chart is visible (Recharts). */
export const ON_DEMAND_CHART_MODULES = [
  'src/charts/indicator-chart-body.tsx',
  'src/charts/sparkline/sparkline.tsx',
] as const;

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files of a chunk and of everything it imports statically, transitively. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

export function entryKey(manifest: Manifest): string {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  return entry[0];
}

export function gzipBytes(distDir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files)
    total += gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
  return total;
}

export interface RouteBundle {
  route: RouteKind;
  firstViewGzipBytes: number;
  /** Additional bytes once the route's charts become interactive. */
  onDemandChartGzipBytes: number;
}

/** First-view and on-demand JavaScript of each route kind, gzipped. */
export function measureRoutes(distDir: string): RouteBundle[] {
  const manifest = readManifest(distDir);
  const entry = entryKey(manifest);
  const charts = staticClosure(manifest, ON_DEMAND_CHART_MODULES);
  return (Object.keys(ROUTE_MODULES) as RouteKind[]).map((route) => {
    const { modules, catalogues } = ROUTE_MODULES[route];
    const firstView = staticClosure(manifest, [entry, ...modules]);
    const catalogueBytes = Math.max(
      ...catalogues.map((module) =>
        gzipBytes(
          distDir,
          [...staticClosure(manifest, [module])].filter((file) => !firstView.has(file)),
        ),
      ),
    );
    const extra = [...charts].filter((file) => !firstView.has(file));
    return {
      route,
      firstViewGzipBytes: gzipBytes(distDir, firstView) + catalogueBytes,
      onDemandChartGzipBytes: route === 'not-found' ? 0 : gzipBytes(distDir, extra),
    };
  });
}
