import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { generateDataFolder } from '../generate-indicators';
import { applyProfile, PROFILE } from './profile';
import { startStaticServer } from './static-server';
import { summarise, type Summary } from './stats';

export const GENERATED_INDICATORS = 1000;

export interface CatalogueScaleResult {
  indicators: number;
  jsBytes: Summary;
  catalogueBytes: Summary;
  dataBytes: Summary;
  dataRequests: Summary;
  cardsShown: Summary;
  firstFigureMs: Summary;
  /**
   * Every script loaded before the first card's figure in any run, by file name, with its
   * bytes as transferred: which files, not only how many bytes, so that a file the larger
   * catalogue loads and the smaller one does not can be named.
   */
  scripts: Record<string, number>;
}

/**
 * The scripts a catalogue's runs loaded before the first figure that the other's never did,
 * with their bytes: the JavaScript that grew with the catalogue, if any. A chunk loaded on
 * demand can show up here when the larger catalogue's first figure comes later.
 */
export function scriptsBeyond(
  base: Record<string, number>,
  other: Record<string, number>,
): [string, number][] {
  return Object.entries(other)
    .filter(([file]) => !(file in base))
    .sort(([a], [b]) => a.localeCompare(b));
}

const committedData = path.resolve(import.meta.dirname, '../../data');

/**
 * The home page rendered in the browser (from the build's 404.html shell, so it fetches its
 * data rather than reading it from a prerendered page) over the committed data and over a
 * copy with a thousand generated indicators: gzipped JavaScript, the catalogue index, all
 * data transferred, data requests and the cards rendered. The JavaScript must not grow with
 * the catalogue, and the data only by the index.
 */
export async function benchCatalogueScale(
  browser: Browser,
  distDir: string,
  runs: number,
): Promise<CatalogueScaleResult[]> {
  const generatedDir = mkdtempSync(path.join(tmpdir(), 'bench-catalogue-'));
  await generateDataFolder(generatedDir, GENERATED_INDICATORS);
  const shell = readFileSync(path.join(distDir, '404.html'), 'utf8');
  const results: CatalogueScaleResult[] = [];
  try {
    for (const dataDir of [committedData, generatedDir]) {
      const { url, server } = await startStaticServer(
        distDir,
        { '/': shell },
        { '/data/': dataDir },
      );
      const scripts: Record<string, number> = {};
      const samples: Record<
        Exclude<keyof CatalogueScaleResult, 'indicators' | 'scripts'>,
        number[]
      > = {
        jsBytes: [],
        catalogueBytes: [],
        dataBytes: [],
        dataRequests: [],
        cardsShown: [],
        firstFigureMs: [],
      };
      const indicators = (
        JSON.parse(readFileSync(path.join(dataDir, 'catalogue.json'), 'utf8')) as {
          indicators: unknown[];
        }
      ).indicators.length;
      try {
        for (let run = 0; run < runs; run++) {
          const context = await browser.newContext({ viewport: PROFILE.viewport });
          const page = await context.newPage();
          const cdp = await applyProfile(context, page);
          const urls = new Map<string, string>();
          const types = new Map<string, string>();
          const loaded: [string, number][] = [];
          let catalogue = 0;
          let data = 0;
          let requests = 0;
          cdp.on('Network.responseReceived', (event) => {
            urls.set(event.requestId, event.response.url);
            types.set(event.requestId, event.type);
          });
          cdp.on('Network.loadingFinished', (event) => {
            const requestUrl = urls.get(event.requestId) ?? '';
            if (types.get(event.requestId) === 'Script') {
              loaded.push([
                path.posix.basename(requestUrl.split('?')[0] ?? ''),
                event.encodedDataLength,
              ]);
            }
            if (requestUrl.includes('/data/')) {
              data += event.encodedDataLength;
              requests += 1;
            }
            if (requestUrl.endsWith('/data/catalogue.json')) catalogue += event.encodedDataLength;
          });
          const started = Date.now();
          await page.goto(`${url}/`, { waitUntil: 'load', timeout: 120_000 });
          await page.locator('.card-value').first().waitFor({ timeout: 120_000 });
          samples.firstFigureMs.push(Date.now() - started);
          // The first view's JavaScript: what loads later (charts once the page is idle)
          // depends on how busy the page is, not on the catalogue's size.
          samples.jsBytes.push(loaded.reduce((sum, [, bytes]) => sum + bytes, 0));
          for (const [file, bytes] of loaded) scripts[file] = Math.max(scripts[file] ?? 0, bytes);
          await page.waitForLoadState('networkidle', { timeout: 120_000 });
          samples.cardsShown.push(await page.locator('.indicator-card').count());
          samples.catalogueBytes.push(catalogue);
          samples.dataBytes.push(data);
          samples.dataRequests.push(requests);
          await context.close();
        }
      } finally {
        server.close();
      }
      results.push({
        indicators,
        jsBytes: summarise(samples.jsBytes),
        catalogueBytes: summarise(samples.catalogueBytes),
        dataBytes: summarise(samples.dataBytes),
        dataRequests: summarise(samples.dataRequests),
        cardsShown: summarise(samples.cardsShown),
        firstFigureMs: summarise(samples.firstFigureMs),
        scripts,
      });
    }
  } finally {
    rmSync(generatedDir, { recursive: true, force: true });
  }
  return results;
}
