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

describe('an embed in a narrow iframe', () => {
  it.each(indicatorIds().flatMap((id) => [360, 480].map((width) => [id, width] as const)))(
    '/embed/%s at %i px draws its interactive chart inside the frame',
    async (id, width) => {
      const { page } = await openPage(browser, `/embed/${id}`, { width });
      // The interactive chart, drawn at the width the embed measured.
      await expect.poll(() => page.locator('.chart-static').count(), { timeout: WAIT_MS }).toBe(0);
      await page.locator('figure[data-chart] svg').first().waitFor({ timeout: WAIT_MS });
      const fits = await page.evaluate(() => {
        const article = document.querySelector('article.embed');
        if (!article) return { found: false, inside: false };
        const style = getComputedStyle(article);
        const contentRight = article.getBoundingClientRect().right - parseFloat(style.paddingRight);
        return {
          found: true,
          inside: [...document.querySelectorAll('figure[data-chart] svg')].every(
            (svg) => svg.getBoundingClientRect().right <= contentRight + 0.5,
          ),
          page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        };
      });
      expect(fits).toEqual({ found: true, inside: true, page: true });
    },
  );
});
