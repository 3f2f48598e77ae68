import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, relativeLuminance } from '../support/contrast';
import { expectNoProblems, launchBrowser, openPage, siteUrl, WAIT_MS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const poll = { timeout: WAIT_MS };
type Scheme = 'light' | 'dark';
const withScheme = (colorScheme: Scheme) => (page: Page) => page.emulateMedia({ colorScheme });

/**
 * The colour the page is painted on: the body's background, or the root element's (which
 * paints the whole canvas) where the body is transparent.
 */
function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    const transparent = body === 'transparent' || /^rgba\(.*,\s*0\)$/.test(body);
    return transparent ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
}

async function backgroundLuminance(page: Page): Promise<number> {
  const colour = parseColor(await pageBackground(page));
  expect(colour.alpha).toBe(1);
  return relativeLuminance(colour);
}

/** The first series line of the chart on screen (prerendered or live): its own and computed colour. */
async function seriesStroke(page: Page): Promise<{ attribute: string; computed: string }> {
  const curve = page
    .locator('figure[data-chart] .chart-line.series-0 .recharts-line-curve')
    .filter({ visible: true })
    .first();
  const read = () =>
    curve.evaluate((element) => ({
      attribute: element.getAttribute('stroke') ?? '',
      computed: getComputedStyle(element).stroke,
    }));
  // The prerendered chart is swapped for the live one when the page is idle; read a curve
  // that is on the page with both colours, whichever of the two it is.
  let stroke = { attribute: '', computed: '' };
  await expect
    .poll(async () => {
      stroke = await read().catch(() => ({ attribute: '', computed: '' }));
      return stroke.attribute !== '' && stroke.computed !== '';
    }, poll)
    .toBe(true);
  return stroke;
}

const sameColour = (a: string, b: string): boolean => {
  const [x, y] = [parseColor(a), parseColor(b)];
  return x.r === y.r && x.g === y.g && x.b === y.b;
};

describe.each(['prison-mortality', 'cell-confinement'])('/indicators/%s on paper', (id) => {
  const route = `/indicators/${id}`;

  it('prints chart, table, sources and address without the site chrome, on A4', async () => {
    // Printed in light colours even from a dark screen.
    const { page, problems } = await openPage(browser, route, { before: withScheme('dark') });
    const address = page.locator('.print-address');
    // Absolute once hydrated (the prerendered page has the path within the site), and naming
    // its language, like every address the page gives out.
    await expect
      .poll(() => address.textContent(), poll)
      .toBe(`Online at ${siteUrl(`/en${route}`)}`);
    await page.locator('.source-section .source-paragraph').first().waitFor({ state: 'attached' });
    expect(await address.isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    // Prerendered charts hold a narrow and a wide drawing, one of them hidden: any shown counts.
    const visible = async (selector: string): Promise<boolean> =>
      (await page.locator(selector).filter({ visible: true }).count()) > 0;
    expect(await visible('nav[aria-label="Main"]')).toBe(false);
    expect(await visible('.site-header')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
    expect(await visible('[role="tablist"]')).toBe(false);
    expect(await visible('.download-menu')).toBe(false);
    expect(await visible('.embed-code')).toBe(false);
    // Both tab panels: the chart, and the table whose panel is `hidden` on screen.
    expect(await visible('figure[data-chart] svg')).toBe(true);
    expect(await visible('table.data-table')).toBe(true);
    expect(await visible('.source-section')).toBe(true);
    expect(await visible('.source-section .source-paragraph')).toBe(true);
    expect(await visible('.print-address')).toBe(true);
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
    const chart = await page
      .locator('figure[data-chart]')
      .first()
      .evaluate((figure) => getComputedStyle(figure).breakInside);
    expect(chart).toBe('avoid');

    const pdf = await page.pdf({ format: 'A4' });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // A4 portrait: 595 × 842 points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[56][.\d]* 84[12][.\d]*\s*\]/);
    expectNoProblems(problems);
  });
});

describe('the series toggles on paper', () => {
  it('print as the chart legend: the series drawn, each by name, without checkboxes', async () => {
    const { page, problems } = await openPage(browser, '/indicators/prison-mortality');
    const toggles = page.locator('.series-toggle');
    const names = (await toggles.allTextContents()).map((name) => name.trim());
    expect(names.length).toBeGreaterThan(2);
    const [switchedOff, ...drawn] = names;
    await page.getByRole('checkbox', { name: switchedOff }).uncheck();

    await page.emulateMedia({ media: 'print' });
    const shownNames = await toggles
      .filter({ visible: true })
      .allTextContents()
      .then((shown) => shown.map((name) => name.trim()));
    expect(shownNames).toEqual(drawn);
    expect(await page.locator('.series-toggle input').filter({ visible: true }).count()).toBe(0);
    expectNoProblems(problems);
  });
});

describe('dark mode', () => {
  it('follows prefers-color-scheme, charts included; light keeps the drawn colours', async () => {
    const dark = await openPage(browser, '/indicators/prison-mortality', {
      before: withScheme('dark'),
    });
    expect(await backgroundLuminance(dark.page)).toBeLessThan(0.05);
    const darkStroke = await seriesStroke(dark.page);
    expect(sameColour(darkStroke.computed, darkStroke.attribute)).toBe(false);
    expect(contrastRatio(darkStroke.computed, await pageBackground(dark.page))).toBeGreaterThan(3);
    expectNoProblems(dark.problems);

    const light = await openPage(browser, '/indicators/prison-mortality', {
      before: withScheme('light'),
    });
    expect(await backgroundLuminance(light.page)).toBeGreaterThan(0.9);
    const lightStroke = await seriesStroke(light.page);
    expect(sameColour(lightStroke.computed, lightStroke.attribute)).toBe(true);
    expect(sameColour(lightStroke.computed, darkStroke.computed)).toBe(false);
    expectNoProblems(light.problems);
  });
});

describe('an embed’s ?theme=', () => {
  const root = (page: Page) => page.locator('html');

  it('dark wins over a light colour scheme', async () => {
    const { page, problems } = await openPage(browser, '/embed/prison-mortality?theme=dark', {
      before: withScheme('light'),
    });
    await expect.poll(() => root(page).getAttribute('data-theme'), poll).toBe('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expectNoProblems(problems);
  });

  it('light wins over a dark colour scheme', async () => {
    const { page, problems } = await openPage(browser, '/embed/prison-mortality?theme=light', {
      before: withScheme('dark'),
    });
    await expect.poll(() => root(page).getAttribute('data-theme'), poll).toBe('light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
    expectNoProblems(problems);
  });

  it('is applied by the page’s head, before any script file has loaded', async () => {
    // No script file ever arrives, so only the page's own head can set the theme; it does so
    // as the head is parsed, so the first paint is already dark.
    const { page } = await openPage(browser, '/embed/prison-mortality?theme=dark', {
      before: async (p) => {
        await withScheme('light')(p);
        await p.route(/\.js(\?|$)/, (route) => route.abort());
        await p.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
          window.__themeWhenParsed = document.documentElement.getAttribute('data-theme');
        });`);
      },
      waitForHydration: false,
    });
    await expect.poll(() => root(page).getAttribute('data-theme'), poll).toBe('dark');
    expect(
      await page.evaluate(
        () => (window as unknown as { __themeWhenParsed: string }).__themeWhenParsed,
      ),
    ).toBe('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expect(await root(page).getAttribute('data-hydrated')).toBeNull();
  });

  it('anything else follows the colour scheme', async () => {
    const { page, problems } = await openPage(browser, '/embed/prison-mortality?theme=sepia', {
      before: withScheme('dark'),
    });
    expect(await root(page).getAttribute('data-theme')).toBeNull();
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expectNoProblems(problems);
  });
});
