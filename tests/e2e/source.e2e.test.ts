import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  launchBrowser,
  openPage,
  saveScreenshots,
  siteUrl,
  WAIT_MS,
} from './browser';
import { indicatorIds, readIndicator } from './data';

const poll = { timeout: WAIT_MS };
const ids = indicatorIds();
const reportMeta = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../data/source/kz-cat-followup-2024.json'),
    'utf8',
  ),
) as { paragraphs: number };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the element's top edge is inside the viewport. */
const topInView = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => {
    const { top } = element.getBoundingClientRect();
    return top >= 0 && top < window.innerHeight;
  });

const isTarget = (locator: Locator): Promise<boolean> =>
  locator.evaluate(
    (element) => element.matches(':target') || element.classList.contains('is-target'),
  );

describe('source page /source', () => {
  it('deep link /source#p48 lands on paragraph 48, marked as the target', async () => {
    const { page, problems } = await openPage(browser, '/source#p48');
    const p48 = page.locator('#p48');
    await expect.poll(() => topInView(p48), poll).toBe(true);
    expect(await p48.textContent()).toMatch(/^48\. /);
    expect(await isTarget(p48)).toBe(true);
    expect(await page.locator('[id^="p"] > p > a[href^="#p"]').count()).toBe(reportMeta.paragraphs);
    await saveScreenshots(page, 'source');
    expectNoProblems(problems);
  });

  it('without JavaScript, the prerendered page lands on the paragraph and links its figures', async () => {
    const { page } = await openPage(browser, '/source#p48', { javaScriptEnabled: false });
    const p48 = page.locator('#p48');
    expect(await topInView(p48)).toBe(true);
    expect(await p48.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await p48.locator('a[href*="/indicators/"] mark').count()).toBeGreaterThan(0);
  });

  it('hydrates without warnings or data requests', async () => {
    const dataRequests: string[] = [];
    const { page, problems } = await openPage(browser, '/source#p17', {
      before: (p) =>
        Promise.resolve(
          p.on('request', (r) => r.url().includes('/data/') && dataRequests.push(r.url())),
        ),
    });
    await expect.poll(() => isTarget(page.locator('#p17')), poll).toBe(true);
    expect(dataRequests).toEqual([]);
    expectNoProblems(problems);
  });

  it('every paragraph an indicator cites is an anchor linking back to that indicator', async () => {
    const { page, problems } = await openPage(browser, '/source');
    for (const id of ids) {
      const paragraphs = new Set(readIndicator(id).rows.map((row) => row.paragraph));
      for (const paragraph of paragraphs) {
        const links = page.locator(
          `#p${paragraph} a[href="${new URL(siteUrl(`indicators/${id}`)).pathname}"]`,
        );
        expect(await links.count(), `#p${paragraph} links to ${id}`).toBeGreaterThan(0);
      }
    }
    expectNoProblems(problems);
  });

  it('a paragraph link in an indicator table opens the report at that paragraph', async () => {
    const id = ids[0] ?? '';
    const { page, problems } = await openPage(browser, `/indicators/${id}`);
    await page.evaluate(() => Object.assign(window, { e2eSamePage: true }));
    await page.getByRole('tab', { name: 'Table', exact: true }).click();
    const link = page
      .getByRole('tabpanel')
      .getByRole('link', { name: /^Paragraph \d+ in the report$/ })
      .first();
    const href = (await link.getAttribute('href')) ?? '';
    const paragraph = /#p(\d+)$/.exec(href)?.[1];
    expect(paragraph, `table link href ${href}`).toBeDefined();
    await link.click();
    await page.waitForURL(siteUrl(`source#p${paragraph}`));
    const target = page.locator(`#p${paragraph}`);
    await expect.poll(() => topInView(target), poll).toBe(true);
    expect(await isTarget(target)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`p${paragraph}`);
    // Client-side navigation, not a page load.
    expect(await page.evaluate(() => 'e2eSamePage' in window)).toBe(true);
    expectNoProblems(problems);
  });
});
