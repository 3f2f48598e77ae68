// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  measureRoutes,
  ROUTE_MODULES,
  type RouteBundle,
  type RouteKind,
} from '../../scripts/bundle-size';

const root = path.resolve(import.meta.dirname, '../..');
const budgets = JSON.parse(readFileSync(path.join(root, 'perf-budgets.json'), 'utf8')) as {
  firstViewGzipBytes: Record<RouteKind, number>;
};
const outDir = mkdtempSync(path.join(tmpdir(), 'kz-budget-'));
let routes: RouteBundle[] = [];

beforeAll(async () => {
  // Sizes are deterministic for a given source and lockfile, so a fresh build is measured.
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  routes = measureRoutes(outDir);
  console.table(
    routes.map((r) => ({
      route: r.route,
      'first view kB': (r.firstViewGzipBytes / 1024).toFixed(1),
      'charts on demand kB': (r.onDemandChartGzipBytes / 1024).toFixed(1),
    })),
  );
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('JavaScript budgets (gzipped, first view)', () => {
  it('has a budget for every route kind and nothing else', () => {
    expect(Object.keys(budgets.firstViewGzipBytes).sort()).toEqual(
      Object.keys(ROUTE_MODULES).sort(),
    );
  });

  it.each(Object.keys(ROUTE_MODULES) as RouteKind[])('%s stays within its budget', (route) => {
    const measured = routes.find((r) => r.route === route);
    expect(measured?.firstViewGzipBytes).toBeGreaterThan(0);
    expect(measured?.firstViewGzipBytes).toBeLessThanOrEqual(budgets.firstViewGzipBytes[route]);
  });

  it('keeps the embed the lightest route', () => {
    const embed = routes.find((r) => r.route === 'embed')?.firstViewGzipBytes ?? Infinity;
    for (const r of routes.filter((each) => each.route !== 'embed' && each.route !== 'not-found')) {
      expect(embed).toBeLessThanOrEqual(r.firstViewGzipBytes);
    }
  });

  it('loads Recharts on demand, not in any first view', () => {
    for (const r of routes.filter((each) => each.route !== 'not-found')) {
      expect(r.onDemandChartGzipBytes).toBeGreaterThan(50 * 1024);
    }
  });
});
