/**
 * npm run bench: loads pages of the production build in headless Chromium (Debian's
 * /usr/bin/chromium) on a slow phone profile (4× CPU slowdown; 150 ms RTT, 1.6 Mbps down,
 * 750 kbps up) over a local gzip static server, N interleaved runs each (default 5), next
 * to a hand-written static HTML page with the same chart as inline SVG (each page's floor:
 * its own indicator's chart; the peers', the deaths chart they draw).
 * Each of the app's pages is also measured as its copy without scripts (what a reader with
 * JavaScript off gets), to tell the scripts' cost from the content's.
 * Reports medians and ranges, and each page's ratio to its floor and to its copy (paired by
 * run); writes bench-results/bench.json (summaries and every run's figures) and
 * bench-results/bench.md. Timings are reported, never asserted.
 *
 * Options: --runs N, --no-build, --pages /a,/b (or `all`: every indicator page and embed,
 * and the home page), --chart-only (closes each page once its chart is visible: chart-visible,
 * FCP and LCP only, no load or interaction figures; a quick check of the target over many
 * pages), --no-scale (skips the series-length and catalogue-size runs, for a quick look at
 * the pages)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../launch-chromium';
import { openMeasuredPage } from './open-measured-page';
import { cliCount } from './cli-option';
import { measureRoutes } from '../bundle-size';
import { PAGE_METRICS_SCRIPT, type InteractionEvent, type PageMetrics } from './page-metrics';
import {
  DEFAULT_FLOOR,
  floorIndicator,
  floorLabel,
  floorPages,
  floorPathFor,
  isFloorPath,
} from './floor-page';
import { buildPeerPages } from './peer-pages';
import {
  BENCH_DEFAULT_PAGES,
  loadOrder,
  parsePagesOption,
  resolvePages,
  withoutScriptsPath,
} from './page-selection';
import { applyProfile, PROFILE } from './profile';
import { benchCatalogueScale, scriptsBeyond } from './catalogue-scale';
import { benchSeriesLength } from './series-length';
import { startStaticServer } from './static-server';
import { WITHOUT_SCRIPTS, withoutScriptsPages } from './without-scripts';
import {
  medianConfidenceInterval,
  summarise,
  verdictAgainst,
  type Interval,
  type Summary,
  type TargetVerdict,
} from './stats';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');
const outDir = path.join(root, 'bench-results');
const args = process.argv.slice(2);
const runs = cliCount('--runs', 5);
const scale = !args.includes('--no-scale');
/** Each page closed once its chart is visible: no load-time or interaction figures. */
const chartOnly = args.includes('--chart-only');
/** The target for every page's chart-visible time over the floor's (reported, never asserted). */
const chartTarget = (
  JSON.parse(readFileSync(path.join(root, 'perf-budgets.json'), 'utf8')) as {
    chartVisibleOverFloorTarget: number;
  }
).chartVisibleOverFloorTarget;
const pageSelection = parsePagesOption(BENCH_DEFAULT_PAGES);
if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const measuredPages = resolvePages(pageSelection, distDir);
/** The app's own pages (the peers and the floor are not), each measured beside its copy without scripts. */
const appPages = measuredPages.filter((pagePath) => !pagePath.startsWith('/peers/'));
/** The pages' floors, each its own chart's; the default floor, which the others are set against, first. */
const floors = [...new Set([DEFAULT_FLOOR, ...measuredPages.map(floorPathFor)])];
const pages = loadOrder(floors, measuredPages, appPages);

interface Sample {
  chartVisible: number | null;
  fcp: number | null;
  lcp: number | null;
  /** Null with --chart-only, as are the load figures below. */
  cls: number | null;
  tbt: number | null;
  lastBusy: number | null;
  noOpInp: number | null;
  toggleInp: number | null;
  toggleKeyInp: number | null;
  tabInp: number | null;
  /** The Table tab's floor: the same panels swapped by a bare handler (see `measure`). */
  tabFloorInp: number | null;
  /** Each interaction's slowest event, with its parts (JSON only). */
  slowestEvents: Record<string, InteractionEvent>;
  jsBytes: number | null;
  totalBytes: number | null;
  requests: number | null;
}

/** Code string: a function given to `page.evaluate` from tsx would carry its `__name` helper. */
const SWAP_PANELS_ON_HEADING_CLICK = `(() => {
  const [chart, table] = document.querySelectorAll('.chart-area [role=tabpanel]');
  document.querySelector('h1').addEventListener('click', () => {
    chart.hidden = true;
    table.hidden = false;
  });
})()`;

/** When the chart's marks were on screen: at the first paint that follows their layout. */
const chartVisibleAt = (metrics: PageMetrics): number | null =>
  metrics.chartVisible === null ? null : Math.max(metrics.chartVisible, metrics.fcp ?? 0);

/** What a --chart-only load does not measure. */
const NOT_MEASURED = {
  cls: null,
  tbt: null,
  lastBusy: null,
  noOpInp: null,
  toggleInp: null,
  toggleKeyInp: null,
  tabInp: null,
  tabFloorInp: null,
  slowestEvents: {},
  jsBytes: null,
  totalBytes: null,
  requests: null,
} satisfies Omit<Sample, 'chartVisible' | 'fcp' | 'lcp'>;

/**
 * Loads `url` on the profile and measures it. With `tabFloorOnly`, a load of its own for the
 * Table tab's floor: the same steps, but the bare panel swap where the tab is clicked, so the
 * table is shown for the first time, on a main thread as busy as the tab's.
 */
async function measure(browser: Browser, url: string, tabFloorOnly = false): Promise<Sample> {
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
  await openMeasuredPage(page, url);
  if (chartOnly) {
    // Loaded, so the prerendered page is all in the DOM: wait for its marks to be visible, if it
    // has any (the home page's sparklines are no chart with marks to count).
    await page.waitForFunction(
      () => {
        const bench = (window as unknown as { __bench: PageMetrics }).__bench;
        const hasMarks = document.querySelector('figure[data-chart] svg [data-mark]') !== null;
        return bench.fcp !== null && (bench.chartVisible !== null || !hasMarks);
      },
      undefined,
      { timeout: 60_000 },
    );
    const metrics = await page.evaluate(
      () => (window as unknown as { __bench: PageMetrics }).__bench,
    );
    await context.close();
    return {
      chartVisible: chartVisibleAt(metrics),
      fcp: metrics.fcp,
      lcp: metrics.lcp,
      ...NOT_MEASURED,
    };
  }
  const isApp = appPages.includes(new URL(url).pathname);
  if (isApp) {
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
    // Charts in view become interactive when the page is idle; those below the fold stay static.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
  }
  await page.waitForTimeout(1500);
  // Interaction to next paint (Event Timing: input until the next frame is presented) of a
  // click on the heading (nothing responds: the harness's own floor), of a series toggle by
  // click and by keyboard, and of a switch to the table, each measured on its own.
  const slowestEvents: Record<string, InteractionEvent> = {};
  const interactionToNextPaint = async (
    name: string,
    act: () => Promise<void>,
  ): Promise<number> => {
    await page.evaluate(
      () => ((window as unknown as { __bench: PageMetrics }).__bench.events.length = 0),
    );
    await act();
    await page.waitForTimeout(1000);
    const events = await page.evaluate(
      () => (window as unknown as { __bench: PageMetrics }).__bench.events,
    );
    // None reported: every event was presented within the 16 ms reporting threshold.
    if (events.length === 0) return 16;
    const slowest = events.reduce((a, b) => (b.duration > a.duration ? b : a));
    slowestEvents[name] = slowest;
    return slowest.duration;
  };
  // Load-time figures (TBT, last busy) count only long tasks before the first interaction.
  const loadEnd = await page.evaluate(() => performance.now());
  const heading = page.locator('h1').first();
  const toggle = page.locator('.series-toggle input').first();
  const tableTab = page.getByRole('tab', { name: 'Table' });
  const when = async (name: string, present: boolean, act: () => Promise<void>) =>
    !chartOnly && isApp && present ? interactionToNextPaint(name, act) : null;
  const hasToggle = (await toggle.count()) > 0;
  const noOpInp = await when('no-op', (await heading.count()) > 0, () => heading.click());
  const toggleInp = await when('toggle', hasToggle, () => toggle.click());
  const toggleKeyInp = await when('toggle key', hasToggle, async () => {
    await toggle.focus();
    await page.keyboard.press('Space');
  });
  const hasTab = (await tableTab.count()) > 0;
  const tabInp = await when('tab', hasTab && !tabFloorOnly, () => tableTab.click());
  // The Table tab's own floor: a bare handler on the heading swaps the same two panels (no
  // React, no state), so the click shows the table in the chart's place as the tab does. What
  // it takes is the browser's style, layout, paint and raster of that change.
  let tabFloorInp: number | null = null;
  if (!chartOnly && isApp && hasTab && tabFloorOnly) {
    await page.evaluate(SWAP_PANELS_ON_HEADING_CLICK);
    tabFloorInp = await interactionToNextPaint('tab floor', () => heading.click());
  }
  const metrics = await page.evaluate(
    () => (window as unknown as { __bench: PageMetrics }).__bench,
  );
  await context.close();
  const fcp = metrics.fcp ?? 0;
  const loadTasks = metrics.longTasks.filter(([start]) => start < loadEnd);
  return {
    chartVisible: chartVisibleAt(metrics),
    fcp: metrics.fcp,
    lcp: metrics.lcp,
    cls: metrics.cls,
    tbt: loadTasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    lastBusy: Math.max(fcp, ...loadTasks.map(([start, duration]) => start + duration)),
    noOpInp,
    toggleInp,
    toggleKeyInp,
    tabInp,
    tabFloorInp,
    slowestEvents,
    jsBytes,
    totalBytes,
    requests,
  };
}

const peersDir = await buildPeerPages();
const { url, server } = await startStaticServer(
  distDir,
  { ...floorPages(root, floors), ...withoutScriptsPages(distDir, appPages) },
  { '/peers/': peersDir },
);
const browser = await launchChromium();
const samples = new Map<string, Sample[]>(pages.map((p) => [p, []]));
try {
  for (let run = 1; run <= runs; run++) {
    for (const pagePath of pages) {
      const sample = await measure(browser, `${url}${pagePath}`);
      if (sample.tabInp !== null) {
        const floor = await measure(browser, `${url}${pagePath}`, true);
        sample.tabFloorInp = floor.tabFloorInp;
        const floorEvent = floor.slowestEvents['tab floor'];
        if (floorEvent) sample.slowestEvents['tab floor'] = floorEvent;
      }
      samples.get(pagePath)?.push(sample);
    }
    console.log(`run ${run}/${runs} done`);
  }
} finally {
  server.close();
}
const catalogueScale = scale
  ? await benchCatalogueScale(browser, distDir, Math.min(runs, 3)).finally(() => browser.close())
  : (await browser.close(), []);

type Metric = keyof Sample;
const summary = (list: Sample[], metric: Metric): Summary | null => {
  const values = list.map((s) => s[metric]).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : summarise(values);
};
interface PairedRatio extends Summary {
  /** 95 % confidence interval of the median (null with fewer than 6 runs). */
  interval: Interval | null;
  /** Against the chart-visible target: met only if the whole interval is within it. */
  verdict: TargetVerdict;
}
/**
 * A page's chart-visible time over another's (the floor's, or its own copy without scripts),
 * paired run by run (each run loads both moments apart), then the median: a slow spell of
 * the shared machine moves both and cancels out, where a ratio of two medians would keep it.
 * The median's confidence interval says whether the runs can tell the page from the target.
 */
const pairedRatio = (pagePath: string, basePath: string): PairedRatio | null => {
  const base = samples.get(basePath) ?? [];
  const ratios = (samples.get(pagePath) ?? []).flatMap((sample, run) => {
    const page = sample.chartVisible;
    const baseTime = base[run]?.chartVisible;
    return page && baseTime ? [page / baseTime] : [];
  });
  if (ratios.length === 0) return null;
  const interval = medianConfidenceInterval(ratios);
  return { ...summarise(ratios), interval, verdict: verdictAgainst(chartTarget, interval) };
};
const pageLabel = (pagePath: string): string =>
  isFloorPath(pagePath)
    ? floorLabel(pagePath)
    : pagePath.startsWith(WITHOUT_SCRIPTS)
      ? `${pagePath.slice(WITHOUT_SCRIPTS.length)} without scripts`
      : pagePath;
/** What a page's chart-visible time is taken over: its chart's floor; a floor's, the default floor's. */
const floorOf = (pagePath: string): string =>
  isFloorPath(pagePath)
    ? DEFAULT_FLOOR
    : floorPathFor(
        pagePath.startsWith(WITHOUT_SCRIPTS) ? pagePath.slice(WITHOUT_SCRIPTS.length) : pagePath,
      );
const results = pages.map((pagePath) => {
  const list = samples.get(pagePath) ?? [];
  const metrics = Object.fromEntries(
    (Object.keys(list[0] ?? {}) as Metric[]).map((metric) => [metric, summary(list, metric)]),
  );
  return {
    page: pageLabel(pagePath),
    /** A copy for comparison, not a page of the product: no verdict against the target. */
    isCopyWithoutScripts: pagePath.startsWith(WITHOUT_SCRIPTS),
    /** A floor is not a page of the product either: no verdict. */
    isFloor: isFloorPath(pagePath),
    metrics,
    /** The indicator whose chart's floor the ratio below is taken over. */
    floor: floorIndicator(floorOf(pagePath)),
    chartVisibleOverFloor: pairedRatio(pagePath, floorOf(pagePath)),
    chartVisibleOverWithoutScripts: appPages.includes(pagePath)
      ? pairedRatio(pagePath, withoutScriptsPath(pagePath))
      : null,
    /**
     * Every run's figures, in run order (JSON only): the nth of each page was loaded in the
     * same run, so ratios can be paired again, pooled across pages or re-analysed later.
     */
    samples: list,
  };
});

const ms = (s: Summary | null | undefined): string =>
  s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : '—';
const kb = (s: Summary | null | undefined): string => (s ? (s.median / 1024).toFixed(1) : '—');
const ratioCell = (r: PairedRatio | null): string =>
  r ? `${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})` : '—';
const intervalCell = (r: PairedRatio | null): string =>
  r?.interval
    ? `${r.interval.low.toFixed(2)}–${r.interval.high.toFixed(2)}`
    : r
      ? 'too few runs'
      : '—';
/** The main table's columns; with --chart-only, those up to LCP (the rest are not measured). */
const mainColumns: [string, (result: (typeof results)[number]) => string][] = [
  ['page', (result) => result.page],
  ['chart visible, ms', ({ metrics: m }) => ms(m.chartVisible)],
  ['floor (its chart)', (result) => result.floor],
  ['× that floor, paired by run', (result) => ratioCell(result.chartVisibleOverFloor)],
  ['95 % CI of that median', (result) => intervalCell(result.chartVisibleOverFloor)],
  [
    `≤ ${chartTarget}×`,
    ({ chartVisibleOverFloor: r, isFloor, isCopyWithoutScripts }) =>
      r && !isFloor && !isCopyWithoutScripts ? r.verdict : '—',
  ],
  ['FCP, ms', ({ metrics: m }) => ms(m.fcp)],
  ['LCP, ms', ({ metrics: m }) => ms(m.lcp)],
  ['CLS', ({ metrics: m }) => (m.cls ? m.cls.median.toFixed(3) : '—')],
  ['TBT, ms', ({ metrics: m }) => ms(m.tbt)],
  ['main thread last busy, ms', ({ metrics: m }) => ms(m.lastBusy)],
  ['JS kB', ({ metrics: m }) => kb(m.jsBytes)],
  ['total kB', ({ metrics: m }) => kb(m.totalBytes)],
  ['requests', ({ metrics: m }) => (m.requests ? String(m.requests.median) : '—')],
];
const shownColumns = chartOnly
  ? mainColumns.slice(0, mainColumns.findIndex(([name]) => name === 'LCP, ms') + 1)
  : mainColumns;
const rows = results.map(
  (result) => `| ${shownColumns.map(([, cell]) => cell(result)).join(' | ')} |`,
);
const withoutScriptsRows = results.flatMap(({ page, chartVisibleOverWithoutScripts: r }) =>
  r ? [`| ${page} | ${ratioCell(r)} | ${intervalCell(r)} |`] : [],
);

/** The median of one part of an interaction's slowest event, over the runs that reported it. */
const medianPart = (pagePath: string, name: string, part: keyof InteractionEvent): string => {
  const values = (samples.get(pagePath) ?? [])
    .map((sample) => sample.slowestEvents[name]?.[part])
    .filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? '—' : String(Math.round(summarise(values).median));
};
const interactionPages = results.filter(({ metrics: m }) => m.toggleInp || m.tabInp);
const interactionRows = interactionPages.map(
  ({ page, metrics: m }) =>
    `| ${page} | ${ms(m.noOpInp)} | ${ms(m.toggleInp)} | ${ms(m.toggleKeyInp)} | ${ms(m.tabInp)} | ${ms(m.tabFloorInp)} |`,
);
const interactionPartRows = interactionPages.flatMap(({ page }) =>
  ['toggle', 'toggle key', 'tab', 'tab floor'].map(
    (name) =>
      `| ${page} | ${name} | ${medianPart(page, name, 'inputDelay')} | ${medianPart(page, name, 'processing')} | ${medianPart(page, name, 'presentation')} |`,
  ),
);

const seriesLength = scale ? await benchSeriesLength(runs) : [];
const seriesRows = seriesLength.map(
  (r) =>
    `| ${r.points.toLocaleString('en')} | ${r.drawn} | ${r.renderMs.median.toFixed(1)} (${r.renderMs.min.toFixed(1)}–${r.renderMs.max.toFixed(1)}) |`,
);
const bundles = measureRoutes(distDir);
const bundleRows = bundles.map(
  (b) =>
    `| ${b.route} | ${(b.firstViewGzipBytes / 1024).toFixed(1)} | ${(b.onDemandChartGzipBytes / 1024).toFixed(1)} |`,
);

/** The scripts a row loaded that the smallest catalogue's runs never did, by file and kB. */
const scriptsBeyondSmallest = (scripts: Record<string, number>): string => {
  const beyond = scriptsBeyond(catalogueScale[0]?.scripts ?? {}, scripts);
  return beyond.length === 0
    ? 'none'
    : beyond.map(([file, bytes]) => `${file} (${(bytes / 1024).toFixed(1)})`).join(', ');
};
const catalogueRows = catalogueScale.map(
  (r, index) =>
    `| ${r.indicators.toLocaleString('en')} | ${kb(r.jsBytes)} | ${index === 0 ? '—' : scriptsBeyondSmallest(r.scripts)} | ${kb(r.catalogueBytes)} | ${kb(r.dataBytes)} | ${r.dataRequests.median} | ${r.cardsShown.median} | ${ms(r.firstFigureMs)} |`,
);

/** A paragraph and its table, left out when it has no rows (measurements the options skipped). */
const section = (intro: string, columns: string[], tableRows: string[]): string[] =>
  tableRows.length === 0
    ? []
    : [
        intro,
        '',
        `| ${columns.join(' | ')} |`,
        `|${' --- |'.repeat(columns.length)}`,
        ...tableRows,
        '',
      ];

const markdown = [
  `Profile: ${PROFILE.cpuSlowdown}× CPU slowdown, ${PROFILE.latencyMs} ms RTT, ${PROFILE.downloadKbps / 1000} Mbps down, ${PROFILE.uploadKbps} kbps up, ${PROFILE.viewport.width}×${PROFILE.viewport.height} viewport; median (min–max) of ${runs} interleaved runs${chartOnly ? ', each page closed once its chart was visible (--chart-only: no load or interaction figures)' : ''}.`,
  '',
  `| ${shownColumns.map(([name]) => name).join(' | ')} |`,
  `|${' --- |'.repeat(shownColumns.length)}`,
  ...rows,
  '',
  ...(chartOnly
    ? []
    : [
        'JS kB and total kB: everything the page loaded until its measurement ended, the chart code an app page loads on demand once idle included; the JavaScript of the first view alone is in the last table.',
        '',
      ]),
  ...section(
    'Each page’s chart-visible time over the same page’s without its scripts (the HTML as a reader with JavaScript turned off gets it, served beside it), paired by run: what the app’s scripts cost before the chart is on screen:',
    ['page', '× the page without scripts, paired by run', '95 % CI of that median'],
    withoutScriptsRows,
  ),
  ...section(
    'Interaction to next paint (Event Timing, interaction events only; 16 means none of its events reached the 16 ms reporting threshold, i.e. within one frame), same profile. A click on the page heading, which nothing answers, is the harness’s own floor; the Table tab’s own floor is a click on the heading that swaps the same two panels by a bare handler, with no React:',
    [
      'page',
      'no-op click, ms',
      'series toggle (click), ms',
      'series toggle (Space), ms',
      'Table tab (click), ms',
      'bare panel swap (the tab’s floor), ms',
    ],
    interactionRows,
  ),
  ...section(
    'Where the time of each interaction’s slowest event goes (medians over the runs that reported one, ms): input delay (main thread busy), processing (event handlers), presentation (handlers’ end until the frame is shown: style, layout, paint, waiting for the frame):',
    ['page', 'interaction', 'input delay', 'processing', 'presentation'],
    interactionPartRows,
  ),
  ...section(
    'Trend chart render time by series length (downsampled for display above the threshold; tables keep every row), same profile:',
    ['points', 'drawn', 'render, ms'],
    seriesRows,
  ),
  ...section(
    'Home page by catalogue size, rendered in the browser from the data (not prerendered), same profile:',
    [
      'indicators',
      'JS until the first figure, kB',
      'scripts the smaller catalogue never loaded (kB)',
      'catalogue index kB',
      'all data kB',
      'data requests',
      'cards rendered',
      'first card figure, ms',
    ],
    catalogueRows,
  ),
  ...section(
    'Gzipped JavaScript per route (first view; Recharts on demand):',
    ['route', 'first view kB', 'charts on demand kB'],
    bundleRows,
  ),
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
