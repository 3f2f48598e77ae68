import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, WAIT_MS } from './browser';
import { indicatorIds } from './data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const routes = ['/', ...indicatorIds().map((id) => `/indicators/${id}`)];

describe('at 360 px, the narrowest phone we support', () => {
  it.each(routes)('%s fits the width, chart included (no sideways scrolling)', async (route) => {
    const { page } = await openPage(browser, route, { width: 360 });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: WAIT_MS });
    if (route !== '/')
      await page.locator('figure[data-chart] svg').first().waitFor({ timeout: WAIT_MS });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      widestChart: Math.max(
        0,
        ...[...document.querySelectorAll('figure[data-chart] svg')].map(
          (svg) => svg.getBoundingClientRect().right,
        ),
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.widestChart).toBeLessThanOrEqual(widths.viewport);
  });
});
