/**
 * npm run bench: loads pages of the production build in headless Chromium (Debian's
 * /usr/bin/chromium) on a slow phone profile (4× CPU slowdown; 150 ms RTT, 1.6 Mbps down,
 * 750 kbps up) over a local gzip static server, N interleaved runs each (default 5), next
 * to a hand-written static HTML page with the same chart as inline SVG (the floor).
 * Reports medians and ranges, and each page's ratio to the floor; writes
 * bench-results/bench.json and bench-results/bench.md. Timings are reported, never asserted.
 *
 * Options: --runs N, --no-build, --pages /a,/b
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../launch-chromium';
import { measureRoutes } from '../bundle-size';
import { PAGE_METRICS_SCRIPT, type PageMetrics } from './page-metrics';
import { buildPeerPages, PEER_PAGES } from './peer-pages';
import { applyProfile, PROFILE } from './profile';
import { benchCatalogueScale } from './catalogue-scale';
import { benchSeriesLength } from './series-length';
import { startStaticServer } from './static-server';
import { summarise, type Summary } from './stats';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');
const outDir = path.join(root, 'bench-results');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const runs = Number(option('--runs') ?? 5);
const FLOOR = '/__floor__';
const pages = [
  FLOOR,
  ...(option('--pages')?.split(',') ?? [
    '/indicators/prison-mortality',
    '/indicators/cell-confinement',
    '/embed/prison-mortality',
    '/',
    ...PEER_PAGES,
  ]),
];

if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The floor: bench/floor.html with the same chart's SVG, as the build drew it, inline. */
function floorPage(): string {
  const page = readFileSync(path.join(distDir, 'indicators/prison-mortality.html'), 'utf8');
  const svg = new JSDOM(page).window.document.querySelector('.static-wide svg.recharts-surface');
  if (!svg) throw new Error('no prerendered chart in dist/indicators/prison-mortality.html');
  return readFileSync(path.join(root, 'bench/floor.html'), 'utf8').replace(
    '<!--CHART-->',
    svg.outerHTML,
  );
}

interface Sample {
  chartVisible: number | null;
  fcp: number | null;
  lcp: number | null;
  cls: number;
  tbt: number;
  lastBusy: number;
  toggleInp: number | null;
  tabInp: number | null;
  jsBytes: number;
  totalBytes: number;
  requests: number;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: PROFILE.viewport });
  const page = await context.newPage();
  await page.addInitScript(PAGE_METRICS_SCRIPT);
  const cdp = await applyProfile(context, page);
  const types = new Map<string, string>();
  let jsBytes = 0;
  let totalBytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    requests += 1;
    totalBytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') jsBytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const isApp = !url.endsWith(FLOOR) && !url.includes('/peers/');
  if (isApp) {
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
    // Charts in view become interactive when the page is idle; those below the fold stay static.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
  }
  await page.waitForTimeout(1500);
  // Interaction to next paint (Event Timing: input until the next frame is presented) of a
  // series toggle and of a switch to the table, each measured on its own.
  const interactionToNextPaint = async (act: () => Promise<void>): Promise<number> => {
    await page.evaluate(
      () => ((window as unknown as { __bench: PageMetrics }).__bench.events.length = 0),
    );
    await act();
    await page.waitForTimeout(1000);
    const events = await page.evaluate(
      () => (window as unknown as { __bench: PageMetrics }).__bench.events,
    );
    // Events under the 16 ms reporting threshold were presented within one frame.
    return events.length === 0 ? 16 : Math.max(...events.map(([, duration]) => duration));
  };
  // Load-time figures (TBT, last busy) count only long tasks before the first interaction.
  const loadEnd = await page.evaluate(() => performance.now());
  const toggle = page.locator('.series-toggle input').first();
  const tableTab = page.getByRole('tab', { name: 'Table' });
  const toggleInp =
    isApp && (await toggle.count()) > 0 ? await interactionToNextPaint(() => toggle.click()) : null;
  const tabInp =
    isApp && (await tableTab.count()) > 0
      ? await interactionToNextPaint(() => tableTab.click())
      : null;
  const metrics = await page.evaluate(
    () => (window as unknown as { __bench: PageMetrics }).__bench,
  );
  await context.close();
  const fcp = metrics.fcp ?? 0;
  const loadTasks = metrics.longTasks.filter(([start]) => start < loadEnd);
  return {
    // On screen at the first paint that follows their layout.
    chartVisible: metrics.chartVisible === null ? null : Math.max(metrics.chartVisible, fcp),
    fcp: metrics.fcp,
    lcp: metrics.lcp,
    cls: metrics.cls,
    tbt: loadTasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    lastBusy: Math.max(fcp, ...loadTasks.map(([start, duration]) => start + duration)),
    toggleInp,
    tabInp,
    jsBytes,
    totalBytes,
    requests,
  };
}

const peersDir = await buildPeerPages();
const { url, server } = await startStaticServer(
  distDir,
  { [FLOOR]: floorPage() },
  { '/peers/': peersDir },
);
const browser = await launchChromium();
const samples = new Map<string, Sample[]>(pages.map((p) => [p, []]));
try {
  for (let run = 1; run <= runs; run++) {
    for (const pagePath of pages) {
      samples.get(pagePath)?.push(await measure(browser, `${url}${pagePath}`));
    }
    console.log(`run ${run}/${runs} done`);
  }
} finally {
  server.close();
}
const catalogueScale = await benchCatalogueScale(browser, distDir, Math.min(runs, 3)).finally(() =>
  browser.close(),
);

type Metric = keyof Sample;
const summary = (list: Sample[], metric: Metric): Summary | null => {
  const values = list.map((s) => s[metric]).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : summarise(values);
};
const results = pages.map((pagePath) => {
  const list = samples.get(pagePath) ?? [];
  const metrics = Object.fromEntries(
    (Object.keys(list[0] ?? {}) as Metric[]).map((metric) => [metric, summary(list, metric)]),
  );
  return { page: pagePath === FLOOR ? 'static floor (inline SVG)' : pagePath, metrics };
});
const floorChart = results[0]?.metrics.chartVisible?.median ?? Number.NaN;

const ms = (s: Summary | null | undefined): string =>
  s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : '—';
const kb = (s: Summary | null | undefined): string => (s ? (s.median / 1024).toFixed(1) : '—');
const header =
  '| page | chart visible, ms | × floor | FCP, ms | LCP, ms | CLS | TBT, ms | main thread last busy, ms | toggle INP, ms | table tab INP, ms | JS kB | total kB | requests |';
const rows = results.map(({ page, metrics: m }) => {
  const ratio = m.chartVisible ? (m.chartVisible.median / floorChart).toFixed(2) : '—';
  return `| ${page} | ${ms(m.chartVisible)} | ${ratio} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${m.cls ? m.cls.median.toFixed(3) : '—'} | ${ms(m.tbt)} | ${ms(m.lastBusy)} | ${ms(m.toggleInp)} | ${ms(m.tabInp)} | ${kb(m.jsBytes)} | ${kb(m.totalBytes)} | ${m.requests ? m.requests.median : '—'} |`;
});

const seriesLength = await benchSeriesLength(runs);
const seriesRows = seriesLength.map(
  (r) =>
    `| ${r.points.toLocaleString('en')} | ${r.drawn} | ${r.renderMs.median.toFixed(1)} (${r.renderMs.min.toFixed(1)}–${r.renderMs.max.toFixed(1)}) |`,
);
const bundles = measureRoutes(distDir);
const bundleRows = bundles.map(
  (b) =>
    `| ${b.route} | ${(b.firstViewGzipBytes / 1024).toFixed(1)} | ${(b.onDemandChartGzipBytes / 1024).toFixed(1)} |`,
);

const catalogueRows = catalogueScale.map(
  (r) =>
    `| ${r.indicators.toLocaleString('en')} | ${kb(r.jsBytes)} | ${kb(r.catalogueBytes)} | ${kb(r.dataBytes)} | ${r.dataRequests.median} | ${r.cardsShown.median} | ${ms(r.firstFigureMs)} |`,
);

const markdown = [
  `Profile: ${PROFILE.cpuSlowdown}× CPU slowdown, ${PROFILE.latencyMs} ms RTT, ${PROFILE.downloadKbps / 1000} Mbps down, ${PROFILE.uploadKbps} kbps up, ${PROFILE.viewport.width}×${PROFILE.viewport.height} viewport; median (min–max) of ${runs} interleaved runs.`,
  '',
  header,
  `|${' --- |'.repeat(13)}`,
  ...rows,
  '',
  'Trend chart render time by series length (downsampled for display above the threshold; tables keep every row), same profile:',
  '',
  '| points | drawn | render, ms |',
  '| --- | --- | --- |',
  ...seriesRows,
  '',
  'Home page by catalogue size, rendered in the browser from the data (not prerendered), same profile:',
  '',
  '| indicators | JS kB | catalogue index kB | all data kB | data requests | cards rendered | first card figure, ms |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...catalogueRows,
  '',
  'Gzipped JavaScript per route (first view; Recharts on demand):',
  '',
  '| route | first view kB | charts on demand kB |',
  '| --- | --- | --- |',
  ...bundleRows,
].join('\n');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'bench.json'),
  JSON.stringify(
    { profile: PROFILE, runs, results, seriesLength, catalogueScale, bundles },
    null,
    2,
  ),
);
writeFileSync(path.join(outDir, 'bench.md'), `${markdown}\n`);
console.log(`\n${markdown}\n\nWritten to bench-results/bench.json and bench-results/bench.md`);
