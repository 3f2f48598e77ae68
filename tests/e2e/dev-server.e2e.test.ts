import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, WAIT_MS } from './browser';
import { expectedMarks, indicatorIds, readIndicator } from './data';

// `npm start` is the README's first command: the development server must work too (it
// serves data/ itself and renders pages in the browser, without prerendering).
let server: ViteDevServer;
let browser: Browser;
let baseUrl = '';

beforeAll(async () => {
  server = await createServer({
    root: path.resolve(import.meta.dirname, '../..'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a page of the development server and waits for its chart to draw every mark;
 * returns the page's console errors and uncaught exceptions.
 */
async function chartPageErrors(route: string, id: string): Promise<string[]> {
  const indicator = readIndicator(id);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${route}`);
  expect(await page.locator('h1').textContent({ timeout: WAIT_MS })).toBe(indicator.meta.title);
  const marks = page.locator(`figure[data-chart="${indicator.meta.chart.type}"] svg [data-mark]`);
  await expect.poll(() => marks.count(), { timeout: WAIT_MS }).toBe(expectedMarks(indicator));
  await page.close();
  return errors;
}

describe('the development server (npm start)', () => {
  it.each(indicatorIds())('renders /indicators/%s with its chart and no errors', async (id) => {
    expect(await chartPageErrors(`indicators/${id}`, id)).toEqual([]);
  });

  it.each(indicatorIds())('renders /embed/%s, started without the router', async (id) => {
    expect(await chartPageErrors(`embed/${id}`, id)).toEqual([]);
  });
});
