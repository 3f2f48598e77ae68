import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  launchBrowser,
  openPage,
  saveScreenshots,
  siteUrl,
  WAIT_MS,
} from './browser';

// Read from disk, independently of the app's own loader.
const rows = Papa.parse<Record<string, string>>(
  readFileSync(path.resolve(import.meta.dirname, '../../data/events.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const total = rows.length;
const poll = { timeout: WAIT_MS };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('timeline /timeline', () => {
  it('without JavaScript lists every measure and hides the filters', async () => {
    const { page } = await openPage(browser, '/timeline', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('Timeline of measures');
    expect(await page.locator('section[aria-labelledby] ol > li').count()).toBe(total);
    expect(await page.getByText(`${total} of ${total} measures shown`).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: /Kind of measure/ }).isVisible()).toBe(false);
  });

  it('hydrates without data requests and filters from the keyboard', async () => {
    const dataRequests: string[] = [];
    const { page, problems } = await openPage(browser, '/timeline', {
      before: (p) =>
        Promise.resolve(
          p.on('request', (r) => r.url().includes('/data/') && dataRequests.push(r.url())),
        ),
    });
    const training = page.getByRole('checkbox', { name: /^Training \(/ });
    await training.focus();
    await page.keyboard.press('Space');
    const trainings = rows.filter((row) => row.kind === 'training').length;
    await expect
      .poll(() => page.getByText(`${trainings} of ${total} measures shown`).isVisible(), poll)
      .toBe(true);
    expect(await page.locator('section[aria-labelledby] ol > li').count()).toBe(trainings);
    await saveScreenshots(page, 'timeline-training');
    expect(dataRequests).toEqual([]);
    expectNoProblems(problems);
  });

  it('keeps every filter checkbox its full size beside a label that wraps, at 375 px', async () => {
    const { page, problems } = await openPage(browser, '/timeline', { width: 375 });
    const boxes = page.locator('.filter-option input');
    const sizes = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => {
        const { width, height } = input.getBoundingClientRect();
        return { label: input.parentElement?.textContent ?? '', width, height };
      }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    // The bodies' long names wrap onto two lines at this width; a squeezed box is harder to hit.
    const firstWidth = sizes[0]?.width ?? 0;
    for (const size of sizes) {
      expect(size.width, size.label).toBeCloseTo(firstWidth, 0);
      expect(size.width, size.label).toBeCloseTo(size.height, 0);
    }
    expectNoProblems(problems);
  });

  it('keeps the filters’ rows together when the two fieldsets sit side by side, at 1280 px', async () => {
    const { page, problems } = await openPage(browser, '/timeline', { width: 1280 });
    const fieldsets = page.locator('.filter-fieldset');
    expect(await fieldsets.count()).toBe(2);
    for (const fieldset of await fieldsets.all()) {
      const tops = await fieldset
        .locator('.filter-option')
        .evaluateAll((options) => [
          ...new Set(options.map((option) => Math.round(option.getBoundingClientRect().top))),
        ]);
      tops.sort((a, b) => a - b);
      expect(tops.length).toBeGreaterThan(3);
      // One row of options is at least 44 px (the touch target) and at most a wrapped label's two lines.
      const steps = tops.slice(1).map((top, index) => top - (tops[index] ?? top));
      expect(Math.max(...steps), `row steps ${steps.join(', ')}`).toBeLessThan(56);
    }
    expectNoProblems(problems);
  });

  it.each([
    ['/timeline', 375],
    ['/kk/timeline', 360],
  ])(
    '%s at %i px: each legend inside its box, each count right after its name',
    async (route, width) => {
      const { page, problems } = await openPage(browser, route, { width });
      const fieldsets = page.locator('.filter-fieldset');
      expect(await fieldsets.count()).toBe(2);
      for (const fieldset of await fieldsets.all()) {
        // Inside the box, under its top border: a legend on the border (the browser's default)
        // that wraps has the border run between its lines.
        const legend = await fieldset.evaluate((element) => {
          const legendTop = element.querySelector('legend')?.getBoundingClientRect().top ?? 0;
          return {
            belowBoxTop: legendTop - element.getBoundingClientRect().top,
            border: parseFloat(getComputedStyle(element).borderTopWidth),
          };
        });
        expect(legend.border).toBeGreaterThan(0);
        expect(legend.belowBoxTop).toBeGreaterThanOrEqual(legend.border);
        // "None ticked: all" is the group's description.
        const hint = await fieldset.getAttribute('aria-describedby');
        expect(await page.locator(`[id="${hint}"]`).textContent()).toMatch(/^\(.+\)$/);
        const gaps = await fieldset.locator('.filter-option').evaluateAll((options) =>
          options.map((option) => {
            const count = option.querySelector('.filter-count');
            const input = option.querySelector('input');
            if (!count || !input) throw new Error('an option without its checkbox and count');
            // The name: everything between the checkbox and the count.
            const text = document.createRange();
            text.setStartAfter(input);
            text.setEndBefore(count);
            const lines = [...text.getClientRects()].filter((rect) => rect.width > 0);
            const lastLine = lines[lines.length - 1];
            const box = count.getBoundingClientRect();
            return {
              lines: lines.length,
              sameLine: lastLine !== undefined && Math.abs(box.top - lastLine.top) < 2,
              gap: box.left - (lastLine?.right ?? 0),
            };
          }),
        );
        for (const gap of gaps) {
          expect(gap.sameLine).toBe(true);
          expect(gap.gap).toBeLessThan(12);
        }
        expect(gaps.length).toBeGreaterThan(3);
      }
      // Some names wrap at this width, so the test covers them; and the text of an option
      // stays apart from the text of the one under it, wrapped or not.
      const rows = await page.locator('.filter-option').evaluateAll((options) =>
        options.map((option) => {
          // The text's own boxes (its elements' boxes are as tall as their lines).
          const lines: DOMRect[] = [];
          const walker = document.createTreeWalker(option, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = document.createRange();
            text.selectNodeContents(node);
            lines.push(...[...text.getClientRects()].filter((rect) => rect.width > 0));
          }
          return {
            lines: new Set(lines.map((rect) => Math.round(rect.top))).size,
            top: Math.min(...lines.map((rect) => rect.top)),
            bottom: Math.max(...lines.map((rect) => rect.bottom)),
          };
        }),
      );
      expect(rows.filter((row) => row.lines > 1).length).toBeGreaterThan(0);
      rows.forEach((row, index) => {
        const next = rows[index + 1];
        if (next !== undefined && next.top > row.bottom)
          expect(next.top - row.bottom).toBeGreaterThanOrEqual(8);
      });
      expectNoProblems(problems);
    },
  );

  it('links an entry to its paragraph in the report without a full page load', async () => {
    const { page, problems } = await openPage(browser, '/timeline');
    await page.evaluate(() => Object.assign(window, { e2eSamePage: true }));
    const entry = page.getByRole('listitem', { name: 'Social Code' });
    await entry.getByRole('link', { name: 'Paragraph 65 in the report' }).click();
    await page.waitForURL(siteUrl('source#p65'));
    expect(await page.evaluate(() => 'e2eSamePage' in window)).toBe(true);
    expectNoProblems(problems);
  });
});
