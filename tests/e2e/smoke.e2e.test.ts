import { readFileSync } from 'node:fs';
import path from 'node:path';
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
import {
  FIRST_PAINT_TRACE_CATEGORIES,
  firstPaintBreakdown,
  type TraceEvent,
} from '../../scripts/bench/trace-breakdown';
import { waitForFirstContentfulPaint } from '../../scripts/bench/wait-for-first-paint';
import { expectedMarks, indicatorIds, readIndicator, toggleableSeries } from './data';

const ids = indicatorIds();
const poll = { timeout: WAIT_MS };
const markPoll = (what: string) => ({ ...poll, message: `number of [data-mark] ${what}` });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1Texts = async (page: Page): Promise<string[]> =>
  (await page.locator('h1').allTextContents()).map((text) => text.trim());

const marks = (page: Page, chartType: string) =>
  page.locator(`figure[data-chart="${chartType}"] svg [data-mark]`);

// The app's code never arrives: the page as it stands between first paint and hydration.
const withoutTheApp = (page: Page) =>
  page.route('**/assets/*.js', (route) => route.abort('aborted'));

/** Absolute hrefs of the links inside `selector`, without trailing slashes. */
const hrefsIn = (page: Page, selector: string): Promise<string[]> =>
  page
    .locator(`${selector} a[href]`)
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.replace(/\/$/, '')));

describe('home page', () => {
  it('loads cleanly with a card linking to every indicator', async () => {
    expect(ids.length).toBeGreaterThan(0);
    const { page, problems } = await openPage(browser, '/');
    await expect.poll(() => page.locator('h1').first().isVisible(), poll).toBe(true);
    for (const id of ids) {
      const card = `article[data-indicator="${id}"]`;
      await page.locator(card).waitFor({ state: 'visible' });
      expect(await hrefsIn(page, card)).toContain(siteUrl(`indicators/${id}`));
    }
    await saveScreenshots(page, 'home');
    expectNoProblems(problems);
  });

  it('opens an indicator from its card without a full page load', async () => {
    const id = ids[0] ?? '';
    const { meta } = readIndicator(id);
    const { page, problems } = await openPage(browser, '/');
    await page.evaluate(() => Object.assign(window, { e2eSamePage: true }));
    const link = page.locator(`article[data-indicator="${id}"] a[href$="indicators/${id}"]`);
    await link.first().click();
    await page.waitForURL(siteUrl(`indicators/${id}`));
    await expect.poll(() => h1Texts(page), poll).toContain(meta.title);
    expect(await page.evaluate(() => 'e2eSamePage' in window)).toBe(true);
    expectNoProblems(problems);
  });
});

describe('moving between pages', () => {
  it('a card far down the home page, chosen by keyboard, opens its page at the top, and Back returns to the card', async () => {
    const { page, problems } = await openPage(browser, '/', { width: 375 });
    const id = ids.at(-1) ?? '';
    const link = page.locator(`article[data-indicator="${id}"] a[href$="indicators/${id}"]`);
    await link.first().scrollIntoViewIfNeeded();
    const cardPlace = await page.evaluate(() => window.scrollY);
    expect(cardPlace).toBeGreaterThan(1000);
    // By keyboard: the focus ring's rules differ from a click's.
    await link.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => h1Texts(page), poll).toContain(readIndicator(id).meta.title);
    await expect.poll(() => page.evaluate(() => window.scrollY), poll).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Not a control: no focus ring around the whole page.
    expect(await page.locator('main').evaluate((main) => getComputedStyle(main).outlineStyle)).toBe(
      'none',
    );
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.scrollY), poll).toBe(cardPlace);
    expectNoProblems(problems);
  });
});

describe.each(['', '/ru'])('page titles after links inside the site%s', (prefix) => {
  it('match the titles the build wrote into each page', async () => {
    const { page, problems } = await openPage(browser, `${prefix}/indicators/${ids[0] ?? ''}`);
    const nav = page.getByRole('navigation').first();
    const count = await nav.getByRole('link').count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) {
      const link = nav.getByRole('link').nth(index);
      const href = (await link.evaluate((a) => (a as HTMLAnchorElement).href)) ?? '';
      await link.click();
      await page.waitForURL(href);
      // The same address's prerendered HTML (a home's is its folder's index.html, linked
      // with the trailing slash static hosts serve it at).
      const html = await (await page.request.get(href)).text();
      const built = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replaceAll('&amp;', '&');
      expect(built, href).toBeTruthy();
      await expect.poll(() => page.title(), { ...poll, message: href }).toBe(built);
    }
    expectNoProblems(problems);
  });
});

describe.each(ids)('indicator page /indicators/%s', (id) => {
  const indicator = readIndicator(id);
  const { meta } = indicator;
  const route = `/indicators/${id}`;

  it('deep link shows the title and one chart mark per plotted figure', async () => {
    const { page, problems } = await openPage(browser, route);
    await expect.poll(() => h1Texts(page), poll).toContain(meta.title);
    await expect
      .poll(() => marks(page, meta.chart.type).count(), markPoll(`in ${meta.chart.type} chart`))
      .toBe(expectedMarks(indicator));
    await saveScreenshots(page, `indicator-${id}`);
    expectNoProblems(problems);
  });

  it('Table tab shows one body row per observation', async () => {
    const { page, problems } = await openPage(browser, route);
    await page.getByRole('tab', { name: 'Table', exact: true }).click();
    const table = page.getByRole('tabpanel').getByRole('table');
    await table.waitFor({ state: 'visible' });
    await expect
      .poll(() => table.locator('tbody tr').count(), { ...poll, message: 'table body rows' })
      .toBe(indicator.rows.length);
    expectNoProblems(problems);
  });

  it('ArrowRight moves from the Chart tab to the Table tab', async () => {
    const { page, problems } = await openPage(browser, route);
    const tableTab = page.getByRole('tab', { name: 'Table', exact: true });
    await page.getByRole('tab', { name: 'Chart', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tableTab.getAttribute('aria-selected'), poll).toBe('true');
    expectNoProblems(problems);
  });
});

// Toggles exist only where the chart draws more than one series; the ids are split up front
// so that every indicator runs the test that applies to it and none is skipped.
const chartedSeriesCount = (id: string): number => readIndicator(id).meta.chart.series.length;

describe.each(ids.filter((id) => chartedSeriesCount(id) > 1))(
  'series toggles on /indicators/%s',
  (id) => {
    const indicator = readIndicator(id);
    const { meta } = indicator;
    const route = `/indicators/${id}`;

    it('unchecking a series removes its marks', async () => {
      const series = toggleableSeries(indicator);
      const { page, problems } = await openPage(browser, route);
      const chartMarks = marks(page, meta.chart.type);
      const all = expectedMarks(indicator);
      await expect.poll(() => chartMarks.count(), markPoll('before the toggle')).toBe(all);
      await page.getByRole('checkbox', { name: series.label, exact: true }).uncheck();
      await expect
        .poll(() => chartMarks.count(), markPoll(`without "${series.label}"`))
        .toBe(all - series.marks);
      expectNoProblems(problems);
    });
  },
);

describe.each(ids.filter((id) => chartedSeriesCount(id) === 1))(
  'one-series chart on /indicators/%s',
  (id) => {
    const indicator = readIndicator(id);
    const { meta } = indicator;
    const route = `/indicators/${id}`;

    it('offers no toggle for its one series', async () => {
      const { page, problems } = await openPage(browser, route);
      const chartMarks = marks(page, meta.chart.type);
      await expect
        .poll(() => chartMarks.count(), markPoll('in the chart'))
        .toBe(expectedMarks(indicator));
      expect(await page.getByRole('checkbox').count()).toBe(0);
      expectNoProblems(problems);
    });
  },
);

describe('tab panels', () => {
  /** A panel's box, visibility and whether its table has been laid out (has a width). */
  const panelState = (page: Page, tab: string) =>
    page.evaluate((tabName) => {
      const button = [...document.querySelectorAll('[role="tab"]')].find(
        (element) => element.textContent?.trim() === tabName,
      );
      const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
      if (!panel) return null;
      const table = panel.querySelector('table');
      return {
        hidden: panel.hasAttribute('hidden'),
        height: panel.getBoundingClientRect().height,
        visible: panel.checkVisibility({ visibilityProperty: true }),
        tableWidth: table ? table.getBoundingClientRect().width : null,
        bottom: panel.getBoundingClientRect().bottom,
      };
    }, tab);

  it('keeps the hidden panel laid out but out of sight, of screen readers and of the Tab order', async () => {
    const { page, problems } = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
    });
    // Laid out in advance, so that switching only shows it (the Table tab's response).
    const table = await panelState(page, 'Table');
    expect(table).toMatchObject({ hidden: true, height: 0, visible: false });
    expect(table?.tableWidth).toBeGreaterThan(0);
    const tablePanel = page.locator('[role="tabpanel"]').filter({ has: page.locator('table') });
    expect(await tablePanel.getByRole('table').count()).toBe(0);
    await page.getByRole('tab', { name: 'Chart', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('table') === null)).toBe(true);

    await page.getByRole('tab', { name: 'Table', exact: true }).click();
    await expect.poll(async () => (await panelState(page, 'Table'))?.visible, poll).toBe(true);
    const chart = await panelState(page, 'Chart');
    expect(chart).toMatchObject({ hidden: true, height: 0, visible: false });
    const shown = await panelState(page, 'Table');
    expect(shown?.height).toBeGreaterThan(0);
    expect(await tablePanel.getByRole('table').count()).toBe(1);
    // Nothing below is overlapped: what follows the panels starts under the table.
    const nextTop = await page
      .locator('.download-menu')
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(nextTop).toBeGreaterThanOrEqual(shown?.bottom ?? Infinity);
    expectNoProblems(problems);
  });
});

describe('the first frame’s fonts', () => {
  const { firstFrameFonts } = JSON.parse(
    readFileSync(path.join(process.cwd(), 'perf-budgets.json'), 'utf8'),
  ) as { firstFrameFonts: number };
  const routes = ids.flatMap((id) => [`/indicators/${id}`, `/embed/${id}`]);

  it.each([412, 1280])(
    'stay within the budget of distinct fonts before the app loads, at %i px',
    async (width) => {
      for (const route of routes) {
        const { page } = await openPage(browser, route, {
          width,
          waitForHydration: false,
          before: withoutTheApp,
        });
        // Each family, size, weight and style drawn in the first frame is a font looked up
        // before it: the text outside the sections it skips (see below), and every form
        // control, which is laid out with its font's metrics even when it has no text (a
        // checkbox in the browser's own 13.33px Arial was one lookup more).
        const fonts = await page.evaluate(() => {
          const seen = new Set<string>();
          const drawn = (element: Element) =>
            element.checkVisibility() && !element.closest('.indicator > section, .site-footer');
          const add = (element: Element) => {
            const style = getComputedStyle(element);
            seen.add(
              [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle].join(' '),
            );
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (element && node.textContent?.trim() && drawn(element)) add(element);
          }
          document.body
            .querySelectorAll('input, button, select, textarea')
            .forEach((control) => drawn(control) && add(control));
          return [...seen].sort();
        });
        expect(fonts.length, `${route}: ${fonts.join('; ')}`).toBeGreaterThan(1);
        expect(fonts.length, `${route}: ${fonts.join('; ')}`).toBeLessThanOrEqual(firstFrameFonts);
        await page.context().close();
      }
    },
  );
});

describe('a page whose app never loads', () => {
  it('turns, 10 s on, into the page without JavaScript: no dead controls, the table shown', async () => {
    // JavaScript on, but the app's files fail (a stale page after a deploy, a blocker): the
    // prerendered tabs, toggles, filters and buttons would do nothing, and the table would
    // stay behind a tab that cannot open.
    const failed = { width: 412, waitForHydration: false, before: withoutTheApp };
    const [indicator, timeline, working] = await Promise.all([
      openPage(browser, '/indicators/prison-mortality', failed),
      openPage(browser, '/timeline', failed),
      openPage(browser, '/indicators/prison-mortality', { width: 412 }),
    ]).then((opened) => opened.map(({ page }) => page));
    if (!indicator || !timeline || !working) throw new Error('a page did not open');
    const shown = (page: Page, selector: string) => page.locator(selector).first().isVisible();
    const table = '.data-table';
    const csvLink = '.full-csv-link';
    const appControls = ['.tab-list', '.series-toggle input', '.download-menu', '.copy-link'];
    for (const selector of appControls)
      expect(await shown(indicator, selector), selector).toBe(true);
    expect(await shown(indicator, table)).toBe(false);
    expect(await shown(indicator, csvLink)).toBe(false);
    expect(await shown(timeline, '.timeline-filters')).toBe(true);

    // Each element's clock starts when it is first styled, so they go within a frame or so of
    // one another: wait for all of them.
    const timelineControls = ['.timeline-filters', '.timeline-clear'];
    const state = async () => ({
      table: await shown(indicator, table),
      csvLink: await shown(indicator, csvLink),
      controls: await Promise.all(appControls.map((selector) => shown(indicator, selector))),
      timelineControls: await Promise.all(
        timelineControls.map((selector) => shown(timeline, selector)),
      ),
    });
    await expect.poll(state, { timeout: 20_000 }).toEqual({
      table: true,
      csvLink: true,
      controls: appControls.map(() => false),
      timelineControls: timelineControls.map(() => false),
    });
    expect(await shown(indicator, 'figure[data-chart] svg [data-mark]')).toBe(true);
    // The toggles stay as the chart's legend.
    const legend = indicator.locator('.series-toggle').filter({ visible: true });
    expect(await legend.count()).toBeGreaterThan(2);
    const cursor = (page: Page) =>
      page
        .locator('.series-toggle')
        .first()
        .evaluate((label) => getComputedStyle(label).cursor);
    expect(await cursor(indicator)).toBe('auto');
    // A page whose app did load, as long open, keeps its controls and its tabs, and offers
    // one way to download: the menu, not the plain link as well.
    for (const selector of appControls) expect(await shown(working, selector), selector).toBe(true);
    expect(await shown(working, table)).toBe(false);
    expect(await shown(working, csvLink)).toBe(false);
    expect(await cursor(working)).toBe('pointer');
  });
});

describe('sections below the chart', () => {
  /** Whether the browser has rendered an element (false while content-visibility skips it). */
  const rendered = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  /** Whether the browser's own accessibility tree has a heading with the element's text. */
  const inAccessibilityTree = async (page: Page, selector: string) => {
    const name = (await page.locator(selector).textContent())?.trim();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    return nodes.some((node) => node.role?.value === 'heading' && node.name?.value === name);
  };
  const mark = 'figure[data-chart] svg [data-mark]';
  const source = '#source-heading';
  /**
   * Serves the page with its sections merely `auto` (and without its policy, which hashes the
   * styles); returns how many first-frame skips it took out.
   */
  const withoutFirstFrameSkip = async (page: Page, route: string) => {
    const removed = { skips: 0 };
    await page.route(siteUrl(route), async (request) => {
      const response = await request.fetch();
      const html = await response.text();
      const skip = /;animation:[^;}]*skipped-for-the-first-frame-and-until-5s/g;
      removed.skips = html.match(skip)?.length ?? 0;
      const changed = html
        .replace(skip, '')
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      await request.fulfill({ response, body: changed });
    });
    return removed;
  };

  it('are skipped until the app takes over, then all rendered and reachable by heading', async () => {
    const before = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
      waitForHydration: false,
      before: withoutTheApp,
    });
    expect(await rendered(before.page, mark)).toBe(true);
    // The quoted source is four screens down: skipped on the way to the first paint.
    expect(await rendered(before.page, source)).toBe(false);

    const { page, problems } = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
    });
    expect(await rendered(page, source)).toBe(true);
    expect(await inAccessibilityTree(page, source)).toBe(true);
    expectNoProblems(problems);
  });

  it('are left out of the first paint’s layout, and drawn in the next frame', async () => {
    // The whole page at once, as on any network faster than slow 4G: as built, each section
    // is skipped for the first frame that draws it; `auto` alone lets Chromium lay out those
    // near the screen before the chart shows.
    const route = '/indicators/prison-mortality';
    let removed = { skips: 0 };
    const tracedFirstPaint = async (sectionsMerelyAuto: boolean) => {
      const { page } = await openPage(browser, route, {
        width: 412,
        waitForHydration: false,
        before: async (page) => {
          await withoutTheApp(page);
          if (sectionsMerelyAuto) removed = await withoutFirstFrameSkip(page, route);
          await browser.startTracing(page, { categories: FIRST_PAINT_TRACE_CATEGORIES });
        },
      });
      await waitForFirstContentfulPaint(page);
      await page.waitForTimeout(300);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: TraceEvent[];
      };
      return { page, breakdown: firstPaintBreakdown(trace.traceEvents) };
    };
    const asBuilt = await tracedFirstPaint(false);
    const merelyAuto = await tracedFirstPaint(true);
    expect(removed.skips, 'sections skipped for the first frame, as built').toBeGreaterThan(0);
    expect(asBuilt.breakdown?.firstPaint).toBeGreaterThan(0);
    // The sections Chromium finds near the screen (1.4 to 2.3 screens down) hold over 100.
    expect(asBuilt.breakdown?.layoutObjects ?? Infinity).toBeLessThan(
      (merelyAuto.breakdown?.layoutObjects ?? 0) - 100,
    );
    // One frame later they are drawn, as with `auto` alone.
    for (const { page } of [asBuilt, merelyAuto]) {
      await expect.poll(() => rendered(page, '#figures-heading'), poll).toBe(true);
      expect(await rendered(page, source)).toBe(false);
    }
  });

  it('are all rendered and reachable by heading a few seconds on, when the app fails to load', async () => {
    // JavaScript on, but the app's files never arrive (a stale page after a deploy, a
    // blocker, a dropped connection): no hydration will lift the skip.
    const { page } = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
      waitForHydration: false,
      before: withoutTheApp,
    });
    expect(await rendered(page, source)).toBe(false);
    await expect.poll(() => rendered(page, source), poll).toBe(true);
    expect(await inAccessibilityTree(page, source)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
  });

  it('are all rendered without JavaScript, when no app comes', async () => {
    const { page } = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
      javaScriptEnabled: false,
    });
    expect(await rendered(page, source)).toBe(true);
    expect(await inAccessibilityTree(page, source)).toBe(true);
  });

  it('leave a page opened at a #fragment with the fragment in place once the app takes over', async () => {
    const { page, problems } = await openPage(
      browser,
      '/indicators/prison-mortality#source-heading',
      {
        width: 412,
      },
    );
    // Sections laid out only at hydration would have moved it (by 51 px at this width).
    await page.waitForTimeout(500);
    const top = await page
      .locator(source)
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    expectNoProblems(problems);
  });

  it('show a link reached by Tab before the app has loaded with its whole focus ring', async () => {
    const { page } = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
      waitForHydration: false,
      before: withoutTheApp,
    });
    const link = page.locator('.source-section a').first();
    const focused = () => link.evaluate((element) => element === document.activeElement);
    for (let presses = 0; presses < 80 && !(await focused()); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe(true);
    expect(await rendered(page, source)).toBe(true);
    // The ring (3 px, 2 px outside the link) sits partly outside the section, whose clip
    // would cut it: read a pixel of its left side.
    const box = await link.boundingBox();
    if (!box) throw new Error('the focused link has no box');
    const strip = await page.screenshot({
      clip: { x: box.x - 4, y: box.y + box.height / 2 - 2, width: 2, height: 4 },
    });
    const ringColour = await page.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0);
      const [red, green, blue] = context?.getImageData(0, 0, 1, 1).data ?? [];
      return { red, green, blue };
    }, strip.toString('base64'));
    // --focus in the light theme: #c2410c.
    expect(ringColour).toEqual({ red: 0xc2, green: 0x41, blue: 0x0c });
  });
});
