import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the series checkboxes', () => {
  it('are drawn by the page, checked in its accent colour, and the system’s own in forced colours', async () => {
    const { page, problems } = await openPage(browser, '/indicators/prison-mortality', {
      width: 412,
    });
    const box = page.getByRole('checkbox').first();
    const look = () =>
      box.evaluate((input) => {
        const style = getComputedStyle(input);
        return { appearance: style.appearance, background: style.backgroundColor };
      });
    const accent = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--accent)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect(await box.isChecked()).toBe(true);
    expect(await look()).toEqual({ appearance: 'none', background: accent });
    // The tick is 0.3 rem wide with its border in, as drawn: the page's box-sizing reset
    // leaves pseudo-elements out (it would cost every element two more styles).
    const tick = await box.evaluate((input) => getComputedStyle(input, '::before').boxSizing);
    expect(tick).toBe('border-box');
    await box.click();
    expect(await box.isChecked()).toBe(false);
    expect((await look()).background).not.toBe(accent);
    await page.emulateMedia({ forcedColors: 'active' });
    expect((await look()).appearance).toBe('auto');
    expectNoProblems(problems);
  });
});
