import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage, siteUrl, WAIT_MS } from './browser';

const poll = { timeout: WAIT_MS };
const PHONE = 412;
const ROUTE = '/indicators/prison-mortality';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const languages = (page: Page) => page.getByRole('navigation', { name: 'Language' });
/**
 * Whether the Menu button is expanded, as Chromium's accessibility tree tells a screen reader.
 * The page sets no aria-expanded: the browser derives it from the popover the button opens.
 */
async function menuExpanded(page: Page): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value?: string };
      name?: { value?: string };
      properties?: { name: string; value: { value?: unknown } }[];
    }[];
  };
  await cdp.detach();
  const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === 'Menu');
  const expanded = button?.properties?.find((property) => property.name === 'expanded');
  return expanded === undefined ? undefined : expanded.value.value === true;
}

/** How far down the page the chart's figure starts. */
const chartTop = (page: Page): Promise<number> =>
  page
    .locator('figure[data-chart]')
    .first()
    .evaluate((figure) => figure.getBoundingClientRect().top + window.scrollY);

describe('the site menu on a phone', () => {
  it('folds the navigation and languages behind one button, so the header takes one row', async () => {
    const { page, problems } = await openPage(browser, ROUTE, { width: PHONE });
    expect(await menuButton(page).isVisible()).toBe(true);
    expect(await mainNav(page).isVisible()).toBe(false);
    expect(await languages(page).isVisible()).toBe(false);
    // One row: the header is no taller than the site's name set on two lines beside the button.
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(100);
    const folded = await chartTop(page);
    // The same page at the same width with the menu laid out in the header, as before.
    // Through the CSSOM, which the page's Content-Security-Policy allows (a <style> it would not).
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.site-menu')?.style.setProperty('display', 'contents');
      document.querySelector<HTMLElement>('.menu-button')?.style.setProperty('display', 'none');
    });
    expect(await mainNav(page).isVisible()).toBe(true);
    expect(await chartTop(page)).toBeGreaterThan(folded + 50);
    expectNoProblems(problems);
  });

  it('opens by keyboard, reaches its links with Tab, closes with Escape, and says so', async () => {
    const { page, problems } = await openPage(browser, ROUTE, { width: PHONE });
    expect(await menuExpanded(page)).toBe(false);
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    expect(await menuExpanded(page)).toBe(true);
    expect(await mainNav(page).isVisible()).toBe(true);
    expect(await languages(page).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Indicators');
    await page.keyboard.press('Escape');
    expect(await mainNav(page).isVisible()).toBe(false);
    expect(await menuExpanded(page)).toBe(false);
    expectNoProblems(problems);
  });

  it('closes when one of its links opens a page inside the app', async () => {
    const { page, problems } = await openPage(browser, ROUTE, { width: PHONE });
    await page.evaluate(() => Object.assign(window, { e2eSamePage: true }));
    await menuButton(page).click();
    await mainNav(page).getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(siteUrl('timeline'));
    await expect.poll(() => page.locator('h1').first().textContent(), poll).toMatch(/^Timeline/);
    expect(await page.evaluate(() => 'e2eSamePage' in window)).toBe(true);
    expect(await mainNav(page).isVisible()).toBe(false);
    expectNoProblems(problems);
  });

  it('closes when the screen widens past the phone layout, leaving the links in the header', async () => {
    const { page, problems } = await openPage(browser, ROUTE, { width: PHONE });
    await menuButton(page).click();
    expect(await page.locator('.site-menu').evaluate((menu) => menu.matches(':popover-open'))).toBe(
      true,
    );
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect
      .poll(
        () => page.locator('.site-menu').evaluate((menu) => menu.matches(':popover-open')),
        poll,
      )
      .toBe(false);
    const nav = await mainNav(page).boundingBox();
    const header = await page.locator('.site-header').boundingBox();
    expect(nav && header && nav.y + nav.height <= header.y + header.height).toBe(true);
    expectNoProblems(problems);
  });

  it('works before the app has loaded and without JavaScript', async () => {
    const { page, problems } = await openPage(browser, ROUTE, {
      width: PHONE,
      javaScriptEnabled: false,
    });
    await menuButton(page).click();
    expect(await mainNav(page).isVisible()).toBe(true);
    await languages(page).getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(siteUrl(`ru${ROUTE}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByRole('button', { name: 'Меню' }).isVisible()).toBe(true);
    // With JavaScript off, Chromium refuses the page's module preloads (reported as "csp").
    expectNoProblems(problems, ['.js']);
  });
});

describe('the site menu on a wide screen', () => {
  it('is the header row itself: no button, navigation and languages in view', async () => {
    const { page, problems } = await openPage(browser, ROUTE, { width: 1280 });
    expect(await menuButton(page).isVisible()).toBe(false);
    expect(await mainNav(page).isVisible()).toBe(true);
    expect(await languages(page).isVisible()).toBe(true);
    expectNoProblems(problems);
  });
});
