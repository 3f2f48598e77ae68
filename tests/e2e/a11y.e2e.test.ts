import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage, WAIT_MS } from './browser';
import { indicatorIds, publishedPages } from './data';

/**
 * Accessibility on every route of the built site, in both colour schemes: axe (WCAG 2.0,
 * 2.1 and 2.2 A/AA plus best practices, zero violations at any impact), and with plain
 * Playwright what axe cannot see: a visible focus indicator, named charts and table headers.
 */

const ids = indicatorIds();
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];
const poll = { timeout: WAIT_MS };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every route the build publishes, with the not-found page and the embed demo. */
const ROUTES = [...publishedPages(), '/no-such-page', '/embed-demo.html'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One line per failing element: rule, impact, selector and what axe says is wrong. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      [
        `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}`,
        `  at ${node.target.map((part) => JSON.stringify(part)).join(' >> ')}`,
        `  ${(node.failureSummary ?? '').replace(/\n\s*/g, '\n  ')}`,
      ].join('\n'),
    ),
  );
}

/** Axe's findings on the page as it is now, one readable entry per failing element. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return describeViolations(violations);
}

/**
 * Brings every chart into view, so each swaps its prerendered drawing for the live Recharts
 * one (that happens only when visible and idle), waits for those to load and draw, then
 * returns to the top. Charts in hidden panels (the Table tab) stay prerendered by design.
 */
async function settleCharts(page: Page | FrameLocator): Promise<void> {
  const slots = page.locator('.chart-slot').filter({ visible: true });
  for (const slot of await slots.all()) await slot.scrollIntoViewIfNeeded();
  await expect
    .poll(() => slots.locator('.chart-static').count(), {
      ...poll,
      message: 'charts still prerendered after scrolling them into view',
    })
    .toBe(0);
}

async function settle(page: Page): Promise<void> {
  await settleCharts(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  // Recharts animates nothing here, but lays out over a couple of frames after mounting.
  await page.waitForTimeout(200);
}

/** The embed demo is a plain page: wait for each iframe's chart to hydrate and go live. */
async function settleEmbedDemo(page: Page): Promise<void> {
  for (const frame of ['#narrow', '#wide']) {
    // The iframes load lazily: bring each into view first.
    await page.locator(frame).scrollIntoViewIfNeeded();
    const embed = page.frameLocator(frame);
    await embed.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await settleCharts(embed);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
}

/** Opens a route in its own context with the given scheme, hydrated and with live charts. */
async function open(route: string, colorScheme: Scheme): Promise<Page> {
  const demo = route.endsWith('.html');
  const { page, problems } = await openPage(browser, route, {
    colorScheme,
    waitForHydration: !demo,
  });
  if (demo) await settleEmbedDemo(page);
  else await settle(page);
  // The not-found route answers 404 on purpose.
  expectNoProblems(problems, route === '/no-such-page' ? ['404'] : []);
  return page;
}

/**
 * Opens the route in both schemes at once (each its own page, so two renderer
 * processes share the work), and asserts axe found nothing in either: the failure lists
 * every violation of both.
 */
async function expectNoViolationsInEitherScheme(
  route: string,
  prepare: (page: Page) => Promise<unknown> = () => Promise.resolve(),
): Promise<Page[]> {
  const pages = await Promise.all(schemes.map((scheme) => open(route, scheme)));
  const found = await Promise.all(
    pages.map(async (page) => {
      await prepare(page);
      return axeViolations(page);
    }),
  );
  expect(Object.fromEntries(schemes.map((scheme, index) => [scheme, found[index]]))).toEqual({
    light: [],
    dark: [],
  });
  return pages;
}

/**
 * Every chart figure (an indicator chart, or any figure drawing an SVG, such as a check's
 * breakdown) has an accessible name: its own, or an image inside it with one. Matched by
 * role and computed name, not by attributes, so a label pointing at nothing still fails.
 */
async function expectNamedCharts(page: Page): Promise<void> {
  const named = /\S/;
  for (const figure of await page.locator('figure[data-chart], figure:has(svg)').all()) {
    const ownName = await figure.and(page.getByRole('figure', { name: named })).count();
    const imageName = await figure.getByRole('img', { name: named }).count();
    const html = (await figure.evaluate((element) => element.outerHTML)).slice(0, 200);
    expect(ownName + imageName, `chart figure without an accessible name: ${html}`).toBeGreaterThan(
      0,
    );
  }
}

/** Every table has header cells, each with a scope. */
async function expectScopedTableHeaders(page: Page): Promise<void> {
  const tables = await page.locator('table').evaluateAll((elements) =>
    elements.map((table) => ({
      caption: table.querySelector('caption')?.textContent ?? '(no caption)',
      headers: table.querySelectorAll('th').length,
      unscoped: [...table.querySelectorAll('th')]
        .filter((th) => !['col', 'row', 'colgroup', 'rowgroup'].includes(th.scope))
        .map((th) => th.textContent ?? ''),
    })),
  );
  for (const table of tables) {
    expect(table.headers, `headers in table "${table.caption}"`).toBeGreaterThan(0);
    expect(table.unscoped, `th without scope in table "${table.caption}"`).toEqual([]);
  }
}

describe('axe, in the light and the dark colour scheme', () => {
  it.each(ROUTES)('%s: no violations; named charts, scoped table headers', async (route) => {
    const [page] = await expectNoViolationsInEitherScheme(route);
    // Names and headers are the same markup in both schemes: checked once.
    if (!page) throw new Error('no page opened');
    await expectNamedCharts(page);
    await expectScopedTableHeaders(page);
  });

  const id = ids[0] ?? '';

  it(`/indicators/${id} with the Table tab, Download menu and embed code open`, async () => {
    await expectNoViolationsInEitherScheme(`/indicators/${id}`, async (page) => {
      await page.getByRole('tab', { name: 'Table', exact: true }).click();
      await page.getByRole('tabpanel').getByRole('table').waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      await page.locator('.download-panel').waitFor({ state: 'visible' });
      await page.getByText('Embed this chart', { exact: true }).click();
      await page.locator('.embed-code textarea').first().waitFor({ state: 'visible' });
    });
  });
});

describe('keyboard focus', () => {
  it.each(schemes)(
    'the first 15 stops on an indicator page show a focus indicator (%s)',
    async (colorScheme) => {
      const page = await open(`/indicators/${ids[0] ?? ''}`, colorScheme);
      const seen: string[] = [];
      for (let stop = 0; stop < 15; stop += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          // A transparent outline (a common "reset") draws nothing, whatever its width.
          const transparent = (colour: string): boolean =>
            colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
          const outline =
            style.outlineStyle !== 'none' &&
            Number.parseFloat(style.outlineWidth) > 0 &&
            !transparent(style.outlineColor);
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
          const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
          return {
            what: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"`,
            visible: outline || shadow,
          };
        });
        expect(focus, `Tab stop ${stop + 1} left focus nowhere`).not.toBeNull();
        if (!focus) return;
        seen.push(focus.what);
        expect(focus.visible, `no focus indicator on Tab stop ${stop + 1}: ${focus.what}`).toBe(
          true,
        );
      }
      // Fifteen stops, and not the same element over and over.
      expect(new Set(seen).size).toBeGreaterThan(10);
    },
  );
});
