import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/launch-chromium';
import { expect, inject, onTestFinished } from 'vitest';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');
export const SCREENSHOT_WIDTHS = [375, 1280] as const;
/** Upper bound for any single wait on the page (well below the 60 s test timeout). */
export const WAIT_MS = 15_000;

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Absolute URL of a site path ("indicators/x" or "/indicators/x"), honouring BASE_PATH. */
export function siteUrl(route: string): string {
  return new URL(route.replace(/^\//, ''), inject('baseUrl')).href;
}

/** What went wrong while the page was open. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

export interface OpenPageOptions {
  width?: number;
  /** Wait until React has hydrated the prerendered page (default), so controls respond. */
  waitForHydration?: boolean;
  /** Run the page without JavaScript, as a reader with scripts off (default: on). */
  javaScriptEnabled?: boolean;
  /** Runs before navigation, e.g. to install `page.route` handlers. */
  before?: (page: Page) => Promise<unknown>;
  /** The reader's `prefers-color-scheme` (default: light, Chromium's own default). */
  colorScheme?: 'light' | 'dark';
  /** The browser's language (navigator.languages, Accept-Language); Chromium's default: en-US. */
  locale?: string;
}

/**
 * Opens `route` in a fresh context (a cold page load, nothing shared between tests) and
 * records console errors, uncaught errors and failed requests (network failures other
 * than deliberate aborts, and HTTP status >= 400). The context closes when the test ends.
 */
export async function openPage(
  browser: Browser,
  route: string,
  {
    width = 1280,
    waitForHydration = true,
    javaScriptEnabled = true,
    before,
    colorScheme = 'light',
    locale,
  }: OpenPageOptions = {},
): Promise<{ page: Page; problems: Problems }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled,
    colorScheme,
    ...(locale === undefined ? {} : { locale }),
  });
  onTestFinished(() => context.close());
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.consoleErrors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    if (reason !== 'net::ERR_ABORTED') problems.failedRequests.push(`${reason} ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.status()} ${response.url()}`);
    }
  });
  if (before) await before(page);
  await page.goto(siteUrl(route), { waitUntil: 'load' });
  if (waitForHydration && javaScriptEnabled) {
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  }
  return { page, problems };
}

/** Asserts nothing went wrong, except entries containing one of the `allowed` strings. */
export function expectNoProblems(problems: Problems, allowed: string[] = []): void {
  const keep = (entry: string): boolean => !allowed.some((text) => entry.includes(text));
  expect({
    consoleErrors: problems.consoleErrors.filter(keep),
    pageErrors: problems.pageErrors,
    failedRequests: problems.failedRequests.filter(keep),
  }).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
}

/** Saves full-page screenshots as test-results/screenshots/<name>-<width>.png. */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Two frames, so layout (and any resize-driven re-render) settles first.
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        ),
    );
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`),
      fullPage: true,
    });
  }
  if (original) await page.setViewportSize(original);
}
