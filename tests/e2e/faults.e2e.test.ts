import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  launchBrowser,
  openPage,
  saveScreenshots,
  siteUrl,
  WAIT_MS,
} from './browser';
import { expectedMarks, indicatorIds, readIndicator } from './data';

const ids = indicatorIds();
const poll = { timeout: WAIT_MS };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Absolute hrefs of all links on the page, without trailing slashes. */
const linkHrefs = (page: Page): Promise<string[]> =>
  page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.replace(/\/$/, '')));

describe.each([
  ['unknown route', '/no-such-page'],
  ['unknown indicator', '/indicators/no-such-indicator'],
])('%s %s', (name, route) => {
  it('says "not found" and links back home', async () => {
    const { page, problems } = await openPage(browser, route);
    await page
      .getByRole('heading', { name: /not found/i })
      .first()
      .waitFor({ state: 'visible' });
    await expect.poll(() => linkHrefs(page), poll).toContain(siteUrl('/').replace(/\/$/, ''));
    await saveScreenshots(page, `not-found-${name.replace(/ /g, '-')}`);
    // A 404 for the missing indicator's own files is expected; nothing else may fail.
    expectNoProblems(problems, ['no-such-indicator']);
  });
});

describe('a malformed CSV', () => {
  const id = ids[0] ?? '';
  const indicator = readIndicator(id);
  const [, ...body] = indicator.csv.split('\n');
  const malformed = ['this,is,not,the,expected,header', ...body].join('\n');
  const serveMalformed = (page: Page) =>
    page.route(`**/data/indicators/${id}.csv`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: malformed }),
    );

  // Prerendered pages carry their own data, so a broken file shows where the app fetches:
  // after client-side navigation, or on a URL the host answers with its fallback page.
  const notPrerendered = `/indicators/${id}/`;

  it('shows an alert naming the file with a Try again button', async () => {
    const { page, problems } = await openPage(browser, notPrerendered, { before: serveMalformed });
    const alert = page.getByRole('alert').filter({ hasText: `${id}.csv` });
    await alert.first().waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Try again' }).first().waitFor({ state: 'visible' });
    await saveScreenshots(page, `malformed-${id}`);
    // Console errors and failed requests from the deliberate fault are expected here.
    expect(problems.pageErrors).toEqual([]);
  });

  it('leaves the other indicators on the home page working', async () => {
    const other = ids.find((each) => each !== id) ?? '';
    const { page, problems } = await openPage(browser, `/indicators/${other}`, {
      before: serveMalformed,
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Indicators' })
      .click();
    const failed = page.locator(`article[data-indicator="${id}"]`);
    await failed
      .getByRole('alert')
      .filter({ hasText: `${id}.csv` })
      .waitFor({ state: 'visible' });
    for (const each of ids.filter((i) => i !== id)) {
      const card = page.locator(`article[data-indicator="${each}"]`);
      await card
        .getByRole('link', { name: readIndicator(each).meta.title })
        .waitFor({ state: 'visible' });
      expect(await card.getByRole('alert').count()).toBe(0);
    }
    expect(problems.pageErrors).toEqual([]);
  });

  it('recovers when Try again is pressed after the file is fixed', async () => {
    const { page, problems } = await openPage(browser, notPrerendered, { before: serveMalformed });
    const retry = page.getByRole('button', { name: 'Try again' }).first();
    await retry.waitFor({ state: 'visible' });
    await page.unrouteAll();
    await retry.click();
    const marks = page.locator(`figure[data-chart="${indicator.meta.chart.type}"] svg [data-mark]`);
    await expect.poll(() => marks.count(), poll).toBe(expectedMarks(indicator));
    expect(problems.pageErrors).toEqual([]);
  });
});
