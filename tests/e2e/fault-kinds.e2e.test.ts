import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage, saveScreenshots, WAIT_MS } from './browser';
import { expectedMarks, readIndicator } from './data';

/**
 * Every kind of fault a data file can have, injected with request interception on the
 * production build: the region that reads the file says which file and what went wrong, with
 * "Try again"; the rest of the page is there; nothing throws uncaught and no promise
 * rejection goes unhandled; "Try again" recovers once the file is served again.
 *
 * The time-out is the app's own (15 s per attempt, three attempts): the file's request is
 * held and never answered, and Playwright's clock, installed before the page loads, moves
 * the page's time forward (it fakes AbortSignal.timeout as well as the timers), so the
 * real 15-second budget is tested without a test-only hook and without waiting 47 s.
 * `route.abort('timedout')` is tested too, but it is another fault: the browser's own
 * connection time-out, which reaches the app as a failed request.
 */

const ID = 'prison-mortality';
const indicator = readIndicator(ID);
const dataDir = path.resolve(import.meta.dirname, '../../data');
const readData = (file: string): string => readFileSync(path.join(dataDir, file), 'utf8');
const poll = { timeout: WAIT_MS };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface FaultyBody {
  body: string;
  /** One of the problems the alert lists. */
  detail: string;
}

interface PageCase {
  name: string;
  /**
   * Prerendered pages carry their data, so the address has a trailing slash: the host
   * answers it with its fallback page and the app fetches, as after client-side navigation.
   */
  route: string;
  /** The faulty file, relative to data/. */
  file: string;
  contentType: string;
  /** The subject of the region's message: "<region> could not be shown." */
  region: string;
  truncated: FaultyBody;
  malformed: FaultyBody;
  /** Asserts the rest of the page is there while the region has failed. */
  others: (page: Page) => Promise<void>;
  /** Waits for the region's content. */
  loaded: (page: Page) => Promise<void>;
}

/** A CSV cut in the middle of its last row (after the third, unquoted, column). */
function cutCsv(file: string): FaultyBody {
  const lines = readData(file).trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  const columns = (lines[0] ?? '').split(',').length;
  return {
    body: [...lines.slice(0, -1), `${last.split(',').slice(0, 3).join(',')},`].join('\n'),
    detail: `data/${file}, row ${lines.length}: expected ${columns} fields like the header, found 4`,
  };
}

const siteNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

async function expectSiteChrome(page: Page): Promise<void> {
  await siteNav(page).getByRole('link', { name: 'Timeline' }).waitFor({ state: 'visible' });
  await page.getByRole('contentinfo').waitFor({ state: 'visible' });
}

const chartMarks = (page: Page): Locator =>
  page.locator(`figure[data-chart="${indicator.meta.chart.type}"] svg [data-mark]`);

const recommendation21 = (page: Page): Locator =>
  page.getByRole('region', { name: 'Concluding observations, paragraph 21' });

const PAGES: PageCase[] = [
  {
    name: 'indicator page',
    route: `/indicators/${ID}/`,
    file: `indicators/${ID}.csv`,
    contentType: 'text/csv; charset=utf-8',
    region: `The indicator “${ID}”`,
    truncated: cutCsv(`indicators/${ID}.csv`),
    malformed: {
      body: indicator.csv.replace(',exact,actual,48,', ',exact,actuel,48,'),
      detail: `data/indicators/${ID}.csv, row 2, column "kind": expected one of actual, target, planned, legal_limit; found "actuel"`,
    },
    // The indicator's own figures are the page's content: the site around them remains.
    others: expectSiteChrome,
    loaded: async (page) => {
      await page
        .getByRole('heading', { level: 1, name: indicator.meta.title })
        .waitFor({ state: 'visible' });
      await expect.poll(() => chartMarks(page).count(), poll).toBe(expectedMarks(indicator));
    },
  },
  {
    name: 'recommendations page',
    route: '/recommendations/',
    file: 'events.csv',
    contentType: 'text/csv; charset=utf-8',
    region: 'The measures',
    truncated: cutCsv('events.csv'),
    malformed: {
      body: readData('events.csv').replace('2014-12-24', '24.12.2014'),
      detail:
        'data/events.csv, row 2, column "date": "24.12.2014" does not match the pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
    },
    others: async (page) => {
      // Each recommendation keeps the report's paragraphs and its indicators.
      const rec = recommendation21(page);
      await rec
        .getByRole('heading', { name: 'What the report says' })
        .waitFor({ state: 'visible' });
      await rec
        .getByRole('link', { name: readIndicator('cell-confinement').meta.title })
        .waitFor({ state: 'visible' });
      await expectSiteChrome(page);
    },
    loaded: (page) =>
      recommendation21(page)
        .getByRole('heading', { name: 'Measures with dates' })
        .waitFor({ state: 'visible' }),
  },
];

interface Fault {
  name: string;
  /** Installs the fault before the page loads. */
  install: (page: Page, pageCase: PageCase) => Promise<unknown>;
  message: (pageCase: PageCase) => string;
  detail?: (pageCase: PageCase) => string;
  /** Moves the page's clock on until the region gives up (the time-out only). */
  advance?: (page: Page, alert: Locator) => Promise<void>;
}

const fulfil =
  (status: number, contentType: string, body: (pageCase: PageCase) => string) =>
  (page: Page, pageCase: PageCase) =>
    page.route(`**/data/${pageCase.file}`, (route) =>
      route.fulfill({ status, contentType, body: body(pageCase) }),
    );

const FAULTS: Fault[] = [
  {
    name: 'missing (404)',
    install: fulfil(404, 'text/plain', () => 'Not found'),
    message: (c) => `Could not load data/${c.file}: the server answered 404 Not Found`,
  },
  {
    name: 'a server error (500) on every attempt',
    install: fulfil(500, 'text/plain', () => 'Internal Server Error'),
    message: (c) => `Could not load data/${c.file}: the server answered 500 Internal Server Error`,
  },
  {
    name: 'no answer (the app’s 15 s time-out)',
    install: async (page, c) => {
      await page.clock.install();
      // Held, never answered: the app's time-out has to give up on it.
      await page.route(`**/data/${c.file}`, () => new Promise<void>(() => undefined));
    },
    message: (c) => `Could not load data/${c.file}: no answer within 15 seconds`,
    advance: async (page, alert) => {
      // Three attempts of 15 s, half a second and a second apart: 46.5 s of the page’s time.
      await expect
        .poll(
          async () => {
            await page.clock.fastForward(5_000);
            return alert.count();
          },
          { ...poll, interval: 200 },
        )
        .toBe(1);
    },
  },
  {
    name: 'the connection times out (net::ERR_TIMED_OUT)',
    install: (page, c) => page.route(`**/data/${c.file}`, (route) => route.abort('timedout')),
    message: (c) => `Could not load data/${c.file}: the network request failed`,
  },
  {
    name: 'a web page instead of the file (text/html)',
    install: fulfil(
      200,
      'text/html; charset=utf-8',
      () => '<!doctype html><title>Dashboard</title>',
    ),
    message: (c) =>
      `Could not load data/${c.file}: the server sent a web page instead of the data file, so the file is probably missing`,
  },
  {
    name: 'truncated mid-row',
    install: (page, c) => fulfil(200, c.contentType, () => c.truncated.body)(page, c),
    message: (c) => `data/${c.file} is not valid`,
    detail: (c) => c.truncated.detail,
  },
  {
    name: 'malformed',
    install: (page, c) => fulfil(200, c.contentType, () => c.malformed.body)(page, c),
    message: (c) => `data/${c.file} is not valid`,
    detail: (c) => c.malformed.detail,
  },
];

/** Records unhandled promise rejections in the page, from before its first script. */
async function recordRejections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { e2eRejections: seen });
    window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
  });
}

const rejections = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { e2eRejections: string[] }).e2eRejections);

const regionAlert = (page: Page, title: string): Locator =>
  page.getByRole('alert').filter({ hasText: `${title} could not be shown.` });

describe.each(PAGES.map((c) => [c.name, c.file, c] as const))(
  '%s, a fault in data/%s',
  (_name, _file, pageCase) => {
    it.each(FAULTS.map((fault) => [fault.name, fault] as const))(
      '%s: a clear message in the region, the rest of the page works, Try again recovers',
      async (faultName, fault) => {
        const { page, problems } = await openPage(browser, pageCase.route, {
          before: async (p) => {
            await recordRejections(p);
            await fault.install(p, pageCase);
          },
        });
        const alert = regionAlert(page, pageCase.region);
        if (fault.advance) await fault.advance(page, alert);
        await alert.waitFor({ state: 'visible' });
        expect(await alert.textContent()).toContain(fault.message(pageCase));
        if (fault.detail) {
          expect(await alert.getByRole('listitem').allTextContents()).toContain(
            fault.detail(pageCase),
          );
        }
        // This region alone failed; the others are there.
        expect(await page.getByRole('alert').count()).toBe(1);
        await pageCase.others(page);
        if (faultName.startsWith('no answer')) {
          await saveScreenshots(page, `fault-time-out-${pageCase.name.replace(/ /g, '-')}`);
        }

        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await alert.getByRole('button', { name: 'Try again' }).click();
        await pageCase.loaded(page);
        expect(await page.getByRole('alert').count()).toBe(0);
        expect(await rejections(page)).toEqual([]);
        // Failed requests and the console's report of them name the faulty file; nothing
        // else may fail, and nothing may throw uncaught.
        expectNoProblems(problems, [`data/${pageCase.file}`]);
      },
    );

    it('a 500 twice, then the file: the automatic retries recover without a message', async () => {
      let failures = 0;
      const { page, problems } = await openPage(browser, pageCase.route, {
        before: async (p) => {
          await recordRejections(p);
          await p.route(`**/data/${pageCase.file}`, async (route) => {
            if (failures >= 2) return route.fallback();
            failures += 1;
            return route.fulfill({ status: 500, body: 'Internal Server Error' });
          });
        },
      });
      await pageCase.loaded(page);
      expect(failures).toBe(2);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await rejections(page)).toEqual([]);
      expectNoProblems(problems, [`data/${pageCase.file}`]);
    });
  },
);

describe('indicator page, one section failing', () => {
  it('checks.json failing: the checks say so; chart, table and sources work', async () => {
    const { page, problems } = await openPage(browser, `/indicators/${ID}/`, {
      before: async (p) => {
        await recordRejections(p);
        await p.route('**/data/checks.json', (route) =>
          route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
        );
      },
    });
    const checks = page.getByRole('region', { name: 'Checks on these figures' });
    const alert = regionAlert(page, 'The fact checks');
    await alert.waitFor({ state: 'visible' });
    expect(await checks.getByRole('alert').count()).toBe(1);
    expect(await alert.textContent()).toContain(
      'Could not load data/checks.json: the server answered 500 Internal Server Error',
    );
    await expect.poll(() => chartMarks(page).count(), poll).toBe(expectedMarks(indicator));
    await page
      .getByRole('region', { name: 'Source' })
      .getByRole('link', { name: 'Read in the report: paragraph 48' })
      .waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('table').first().waitFor({ state: 'visible' });

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await checks.getByRole('article').first().waitFor({ state: 'visible' });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await rejections(page)).toEqual([]);
    expectNoProblems(problems, ['data/checks.json']);
  });

  it('the chart’s code failing to load: the chart says so, the rest works, Try again loads it', async () => {
    const { page, problems } = await openPage(browser, `/indicators/${ID}/`, {
      before: async (p) => {
        await recordRejections(p);
        await p.route('**/assets/indicator-chart-body-*.js', (route) => route.abort('failed'));
      },
    });
    const alert = regionAlert(page, 'The chart');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toMatch(/indicator-chart-body-[\w-]+\.js/);
    expect(await page.getByRole('alert').count()).toBe(1);
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('table').first().waitFor({ state: 'visible' });
    await page
      .getByRole('region', { name: 'Checks on these figures' })
      .getByRole('article')
      .first()
      .waitFor({ state: 'visible' });
    await page
      .getByRole('region', { name: 'Source' })
      .getByRole('link', { name: 'Read in the report: paragraph 48' })
      .waitFor({ state: 'visible' });

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('tab', { name: 'Chart' }).click();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => chartMarks(page).count(), poll).toBe(expectedMarks(indicator));
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await rejections(page)).toEqual([]);
    // The failed chunk and React's report of the error it caught name the chunk.
    expectNoProblems(problems, ['indicator-chart-body']);
  });

  it('a chunk the chart’s code imports failing to load: Try again still brings the chart', async () => {
    const { page, problems } = await openPage(browser, `/indicators/${ID}/`, {
      before: async (p) => {
        await recordRejections(p);
        // Recharts, which the chart's own chunk imports: the error names only the chart's chunk.
        await p.route('**/assets/LineChart-*.js', (route) => route.abort('failed'));
      },
    });
    const alert = regionAlert(page, 'The chart');
    await alert.waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('table').first().waitFor({ state: 'visible' });

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('tab', { name: 'Chart' }).click();
    const address = page.url();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => chartMarks(page).count(), poll).toBe(expectedMarks(indicator));
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(page.url()).toBe(address);
    expect(await rejections(page)).toEqual([]);
    expectNoProblems(problems, ['LineChart', 'indicator-chart-body']);
  });
});

describe('a page’s code failing to load on the way to it', () => {
  it('the page says so, the site around it stays, Try again loads it', async () => {
    const { page, problems } = await openPage(browser, '/', {
      before: async (p) => {
        await recordRejections(p);
        await p.route('**/assets/indicator-page-*.js', (route) => route.abort('failed'));
      },
    });
    await page.evaluate(() => Object.assign(window, { e2eSamePage: true }));
    await page
      .locator(`article[data-indicator="${ID}"] a[href$="indicators/${ID}"]`)
      .first()
      .click();
    const alert = regionAlert(page, 'This page');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toMatch(/indicator-page-[\w-]+\.js/);
    await page
      .getByRole('navigation')
      .first()
      .getByRole('link')
      .first()
      .waitFor({ state: 'visible' });

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.locator('h1').first().textContent(), poll)
      .toBe(indicator.meta.title);
    await expect.poll(() => chartMarks(page).count(), poll).toBe(expectedMarks(indicator));
    expect(await page.getByRole('alert').count()).toBe(0);
    // Recovered in place, without a page load.
    expect(await page.evaluate(() => 'e2eSamePage' in window)).toBe(true);
    expect(await rejections(page)).toEqual([]);
    expectNoProblems(problems, ['indicator-page']);
  });
});
