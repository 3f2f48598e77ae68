/**
 * npm run bench:first-paint: where each page's time goes before its first paint. Loads the
 * pages of the production build and their static floors on the benchmark's slow phone profile,
 * N interleaved runs each (default 10), records a Chromium trace of each load and reports
 * the medians of first contentful paint and of the main thread's parsing, style, layout and
 * paint until then (scripts/bench/trace-breakdown.ts). Traced times are steadier than the
 * chart-visible ratio of `npm run bench`, so they can tell apart changes to the first paint
 * that the ratio's noise hides. Reported, never asserted.
 *
 * Options: --runs N, --pages /a,/b or `all` (default: an indicator page and an embed). It serves
 * dist/ as built: run `npm run build` first.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../launch-chromium';
import { openMeasuredPage } from './open-measured-page';
import { cliCount } from './cli-option';
import { floorLabel, floorPages, floorPathFor, isFloorPath } from './floor-page';
import { applyProfile, PROFILE } from './profile';
import { startStaticServer } from './static-server';
import { median } from './stats';
import { parsePagesOption, resolvePages } from './page-selection';
import { waitForFirstContentfulPaint } from './wait-for-first-paint';
import {
  FIRST_PAINT_TRACE_CATEGORIES,
  FIRST_PAINT_WORK,
  firstPaintBreakdown,
  type FirstPaintBreakdown,
  type FirstPaintWork,
  type TraceEvent,
} from './trace-breakdown';

const root = path.resolve(import.meta.dirname, '../..');
const runs = cliCount('--runs', 10);
const measuredPages = resolvePages(
  parsePagesOption(['/indicators/prison-mortality', '/embed/prison-mortality']),
  path.join(root, 'dist'),
);
/** Each page's floor (its own chart's), then the pages. */
const floors = [...new Set(measuredPages.map(floorPathFor))];
const pages = [...floors, ...measuredPages];

async function traceLoad(browser: Browser, url: string): Promise<FirstPaintBreakdown | null> {
  const context = await browser.newContext({ viewport: PROFILE.viewport });
  try {
    const page = await context.newPage();
    await applyProfile(context, page);
    await browser.startTracing(page, { categories: FIRST_PAINT_TRACE_CATEGORIES });
    await openMeasuredPage(page, url);
    // The trace records the first paint once the frame is presented, which can be after load.
    await waitForFirstContentfulPaint(page);
    await page.waitForTimeout(250);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    return firstPaintBreakdown(trace.traceEvents);
  } finally {
    await context.close();
  }
}

const { url, server } = await startStaticServer(path.join(root, 'dist'), {
  ...floorPages(root, floors),
});
const browser = await launchChromium();
const samples = new Map<string, FirstPaintBreakdown[]>(pages.map((page) => [page, []]));
try {
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const breakdown = await traceLoad(browser, `${url}${page}`);
      if (breakdown) samples.get(page)?.push(breakdown);
    }
    console.log(`run ${run}/${runs} done`);
  }
} finally {
  server.close();
  await browser.close();
}

const kinds = Object.keys(FIRST_PAINT_WORK) as FirstPaintWork[];
const format = (value: number): string => value.toFixed(1);
console.log(
  `\nMain thread until first contentful paint (Chromium trace), ms; median of ${runs} interleaved runs, ` +
    `${PROFILE.cpuSlowdown}× CPU slowdown, ${PROFILE.latencyMs} ms RTT, ${PROFILE.downloadKbps / 1000} Mbps down, ` +
    `${PROFILE.viewport.width}×${PROFILE.viewport.height}:\n`,
);
console.log(
  `| page | traced runs | first paint | ${kinds.join(' | ')} | all tasks | layout objects |`,
);
console.log(`| --- | --- | --- | ${kinds.map(() => '---').join(' | ')} | --- | --- |`);
for (const [page, list] of samples) {
  const cells = [
    isFloorPath(page) ? floorLabel(page) : page,
    String(list.length),
    format(median(list.map((sample) => sample.firstPaint))),
    ...kinds.map((kind) => format(median(list.map((sample) => sample.work[kind])))),
    format(median(list.map((sample) => sample.busy))),
    String(median(list.map((sample) => sample.layoutObjects))),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
