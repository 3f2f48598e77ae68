import path from 'node:path';
import { launchChromium } from '../launch-chromium';
import { build } from 'vite';
import { startStaticServer } from './static-server';
import { summarise, type Summary } from './stats';

export const SERIES_LENGTHS = [100, 1_000, 10_000, 100_000] as const;

export interface SeriesLengthResult {
  points: number;
  drawn: number;
  renderMs: Summary;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Builds bench/series-length (the real trend chart and downsampling), then times drawing
 * each series length in Chromium at 4× CPU slowdown, `runs` times each, interleaved.
 */
export async function benchSeriesLength(runs: number): Promise<SeriesLengthResult[]> {
  const outDir = path.join(root, 'bench-results/series-length');
  await build({
    root: path.join(root, 'bench/series-length'),
    base: './',
    logLevel: 'error',
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  const { url, server } = await startStaticServer(outDir);
  const browser = await launchChromium();
  const timings = new Map<number, number[]>(SERIES_LENGTHS.map((n) => [n, []]));
  const drawn = new Map<number, number>();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => 'renderSeries' in window);
    for (let run = 0; run < runs; run++) {
      for (const points of SERIES_LENGTHS) {
        const result = await page.evaluate(
          (n) =>
            (
              window as unknown as {
                renderSeries: (n: number) => Promise<{ ms: number; drawn: number }>;
              }
            ).renderSeries(n),
          points,
        );
        timings.get(points)?.push(result.ms);
        drawn.set(points, result.drawn);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return SERIES_LENGTHS.map((points) => ({
    points,
    drawn: drawn.get(points) ?? 0,
    renderMs: summarise(timings.get(points) ?? []),
  }));
}
