import type { Browser, Page } from 'playwright-core';
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

const indicatorRoutes = indicatorIds().map((id) => `/indicators/${id}`);
/** Every kind of page; /data/ in each language, its files' paths being the longest words. */
const routes = [
  '/',
  '/checks',
  '/timeline',
  '/recommendations',
  '/source',
  '/about',
  '/data/',
  '/ru/data/',
  '/kk/data/',
  ...indicatorRoutes,
];

describe('at 360 px, the narrowest phone we support', () => {
  it.each(routes)('%s fits the width, chart included (no sideways scrolling)', async (route) => {
    const { page } = await openPage(browser, route, { width: 360 });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: WAIT_MS });
    if (indicatorRoutes.includes(route))
      await page.locator('figure[data-chart] svg').first().waitFor({ timeout: WAIT_MS });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      widestChart: Math.max(
        0,
        // The drawings and every label in them.
        ...[
          ...document.querySelectorAll('figure[data-chart] svg, figure[data-chart] svg text'),
        ].map((element) => element.getBoundingClientRect().right),
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.widestChart).toBeLessThanOrEqual(widths.viewport);
  });

  it.each(indicatorRoutes)(
    '%s keeps every series toggle’s checkbox and swatch full size when its label wraps',
    async (route) => {
      const { page } = await openPage(browser, route, { width: 360 });
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: WAIT_MS });
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('.series-toggle')].map((toggle) => {
          const box = (selector: string) => toggle.querySelector(selector)?.getBoundingClientRect();
          return { checkbox: box('input')?.width, swatch: box('svg')?.width };
        }),
      );
      // The stylesheet's 1.1rem checkbox (17 px root font) and the swatch's 28 px drawing.
      for (const size of sizes) {
        expect(size.checkbox).toBeCloseTo(1.1 * 17, 0);
        expect(size.swatch).toBe(28);
      }
    },
  );
});

describe('an indicator’s table at 360 px, wider than the phone', () => {
  /** How far the caption's words reach past the table's scroll box, which cuts them off. */
  const captionOverflow = (page: Page) =>
    page.locator('.table-scroll').evaluate((scroller) => {
      const words = document.createRange();
      words.selectNodeContents(scroller.querySelector('caption')!);
      return {
        tableWiderThanBox: scroller.scrollWidth > scroller.clientWidth,
        past: words.getBoundingClientRect().right - scroller.getBoundingClientRect().right,
      };
    });

  // Kazakh has the longest captions and column headings.
  it.each([...indicatorRoutes, ...indicatorRoutes.map((route) => `/kk${route}`)])(
    '%s keeps its whole caption in view in the Table tab',
    async (route) => {
      const { page } = await openPage(browser, route, { width: 360 });
      await page.getByRole('tab').nth(1).click();
      await page.locator('.table-scroll caption').waitFor({ state: 'visible', timeout: WAIT_MS });
      const { tableWiderThanBox, past } = await captionOverflow(page);
      expect(tableWiderThanBox).toBe(true);
      expect(past).toBeLessThanOrEqual(0.5);
    },
  );

  it('keeps the whole caption in view without JavaScript, where the table is under the chart', async () => {
    const { page } = await openPage(browser, '/indicators/prison-mortality', {
      width: 360,
      javaScriptEnabled: false,
    });
    const { tableWiderThanBox, past } = await captionOverflow(page);
    expect(tableWiderThanBox).toBe(true);
    expect(past).toBeLessThanOrEqual(0.5);
  });
});

describe('at 1280 px', () => {
  it.each(routes)('%s leaves space between its last content and the footer', async (route) => {
    const { page } = await openPage(browser, route, { width: 1280 });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: WAIT_MS });
    const { gap, rootFontSize } = await page.evaluate(() => {
      const content = document.createRange();
      content.selectNodeContents(document.querySelector('main')!);
      return {
        gap:
          document.querySelector('footer')!.getBoundingClientRect().top -
          content.getBoundingClientRect().bottom,
        rootFontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
      };
    });
    // The main region's 3rem, whatever the last element's own margin.
    expect(gap).toBeGreaterThanOrEqual(3 * rootFontSize - 0.5);
  });

  it('lines up the first cards of topics side by side, whatever their headings’ lengths', async () => {
    const { page } = await openPage(browser, '/', { width: 1280 });
    await page.locator('.topic .indicator-card').first().waitFor({ timeout: WAIT_MS });
    const topics = await page.locator('.topic').evaluateAll((sections) =>
      sections.map((section) => ({
        top: section.getBoundingClientRect().top,
        headingHeight: section.querySelector('h2')!.getBoundingClientRect().height,
        firstCardTop: section.querySelector('.indicator-card')!.getBoundingClientRect().top,
      })),
    );
    const rows = new Map<number, typeof topics>();
    for (const topic of topics) {
      const top = Math.round(topic.top);
      rows.set(top, [...(rows.get(top) ?? []), topic]);
    }
    expect(rows.size).toBeLessThan(topics.length);
    // At least one row sets a two-line heading beside a one-line one.
    const headingHeightsDiffer = [...rows.values()].some(
      (row) => new Set(row.map((topic) => Math.round(topic.headingHeight))).size > 1,
    );
    expect(headingHeightsDiffer).toBe(true);
    for (const row of rows.values())
      for (const topic of row) expect(topic.firstCardTop).toBeCloseTo(row[0]!.firstCardTop, 0);
  });
});

describe('the Download menu at 360 px', () => {
  it('starts every line of every choice at its left edge, wrapped or not', async () => {
    // Kazakh has the longest labels: several choices take two lines.
    const { page } = await openPage(browser, '/kk/indicators/cell-confinement', { width: 360 });
    await page.locator('.download-menu > button').click();
    const choices = page.locator('.download-panel .link-button');
    await choices.first().waitFor({ state: 'visible', timeout: WAIT_MS });
    const lines = await choices.evaluateAll((buttons) =>
      buttons.map((button) => {
        const text = document.createRange();
        text.selectNodeContents(button);
        return {
          left: button.getBoundingClientRect().left,
          lineLefts: [...text.getClientRects()].map((rect) => rect.left),
        };
      }),
    );
    expect(lines.some((choice) => choice.lineLefts.length > 1)).toBe(true);
    for (const choice of lines)
      for (const left of choice.lineLefts) expect(left).toBeCloseTo(choice.left, 0);
  });
});

describe('the fact checks’ tally at 375 px', () => {
  it('keeps each count beside its verdict, also where the verdict wraps', async () => {
    // In Russian "Approximately consistent" takes two lines at this width.
    const { page } = await openPage(browser, '/ru/checks', { width: 375 });
    const items = page.locator('.verdict-summary li');
    await items.first().waitFor({ state: 'visible', timeout: WAIT_MS });
    const tally = await items.evaluateAll((elements) =>
      elements.map((item) => {
        const badge = item.querySelector('.verdict');
        if (!badge) throw new Error('an item without its badge');
        // The count: the text after the badge (its own boxes, not its elements').
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (badge.contains(node) || !node.textContent?.trim()) continue;
          const text = document.createRange();
          text.selectNodeContents(node);
          rects.push(...text.getClientRects());
        }
        const countBox = {
          top: Math.min(...rects.map((rect) => rect.top)),
          bottom: Math.max(...rects.map((rect) => rect.bottom)),
          left: Math.min(...rects.map((rect) => rect.left)),
        };
        const badgeBox = badge.getBoundingClientRect();
        return {
          countLines: new Set(rects.map((rect) => Math.round(rect.top))).size,
          badgeLines: Math.round(badgeBox.height / parseFloat(getComputedStyle(badge).lineHeight)),
          countBesideBadge: countBox.top >= badgeBox.top && countBox.bottom <= badgeBox.bottom,
          countAfterBadge: countBox.left >= badgeBox.right,
        };
      }),
    );
    expect(tally.some((item) => item.badgeLines > 1)).toBe(true);
    for (const item of tally)
      expect(item).toMatchObject({ countLines: 1, countBesideBadge: true, countAfterBadge: true });
  });
});

describe('/data/ at 360 px', () => {
  it('keeps the whole set’s download button on its line like the links beside it', async () => {
    const { page } = await openPage(browser, '/data/', { width: 360 });
    const button = page
      .getByRole('region', { name: 'The whole set' })
      .getByRole('button', { name: 'Every observation in one CSV' });
    await button.waitFor({ state: 'visible', timeout: WAIT_MS });
    const { target, lineHeight, itemHeight } = await button.evaluate((element) => {
      const item = element.closest('li');
      if (item === null) throw new Error('not in a list item');
      return {
        target: element.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(item).lineHeight),
        itemHeight: item.getBoundingClientRect().height,
      };
    });
    // No taller than the text's line, so its item is a whole number of even rows.
    expect(target).toBeLessThanOrEqual(lineHeight);
    const rows = itemHeight / lineHeight;
    expect(rows).toBeCloseTo(Math.round(rows), 1);
  });

  it('keeps the bullet on the item’s first line when the button’s label wraps', async () => {
    // In Kazakh the button's label takes two lines at this width.
    const { page } = await openPage(browser, '/kk/data/', { width: 360 });
    const button = page.locator('.whole-set-csv button');
    await button.waitFor({ state: 'visible', timeout: WAIT_MS });
    await button.scrollIntoViewIfNeeded();
    const { itemLeft, lines } = await button.evaluate((element) => {
      const item = element.closest('li');
      if (item === null) throw new Error('not in a list item');
      const text = document.createRange();
      text.selectNodeContents(element);
      return {
        itemLeft: item.getBoundingClientRect().left,
        lines: [...text.getClientRects()].map(({ top, height }) => ({ top, height })),
      };
    });
    expect(lines.length).toBeGreaterThan(1);
    // The bullet is drawn in the item's left margin: a strip there beside a line holds it or
    // is as blank as the page's own margin beside the same line.
    const strip = (x: number, line: { top: number; height: number }) =>
      page.screenshot({ clip: { x, y: line.top, width: 20, height: line.height } });
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first === undefined || last === undefined) throw new Error('no lines');
    const besideItem = itemLeft - 24;
    expect((await strip(besideItem, first)).equals(await strip(0, first))).toBe(false);
    expect((await strip(besideItem, last)).equals(await strip(0, last))).toBe(true);
  });
});

describe('an embed in a narrow iframe', () => {
  const cases = indicatorIds().flatMap((id) => [
    ...[360, 480].map((width) => [`/embed/${id}`, width] as const),
    // Russian and Kazakh labels are longer than English ones.
    [`/ru/embed/${id}`, 360] as const,
    [`/kk/embed/${id}`, 360] as const,
  ]);
  it.each(cases)(
    '%s at %i px draws its interactive chart, labels included, inside the frame',
    async (route, width) => {
      const { page } = await openPage(browser, route, { width });
      // The interactive chart, drawn at the width the embed measured.
      await expect.poll(() => page.locator('.chart-static').count(), { timeout: WAIT_MS }).toBe(0);
      await page.locator('figure[data-chart] svg').first().waitFor({ timeout: WAIT_MS });
      const fits = await page.evaluate(() => {
        const article = document.querySelector('article.embed');
        if (!article) return { found: false, outside: [] as string[] };
        const style = getComputedStyle(article);
        const contentRight = article.getBoundingClientRect().right - parseFloat(style.paddingRight);
        const drawn = [
          ...document.querySelectorAll('figure[data-chart] svg.recharts-surface'),
          ...document.querySelectorAll('figure[data-chart] svg text'),
        ];
        return {
          found: true,
          outside: drawn
            .filter((element) => element.getBoundingClientRect().right > contentRight + 0.5)
            .map((element) => element.textContent?.trim() || element.tagName),
          page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        };
      });
      expect(fits).toEqual({ found: true, outside: [], page: true });
    },
  );
});

describe('an embed that cannot show its chart', () => {
  it('says so inside the embed’s padding, like the chart it stands for', async () => {
    const { page } = await openPage(browser, '/embed/no-such-chart', {
      width: 360,
      waitForHydration: false,
    });
    const message = page.locator('.embed-missing, .error-panel').first();
    await message.waitFor({ timeout: WAIT_MS });
    const box = await message.evaluate((element) => {
      const { left, right } = element.getBoundingClientRect();
      return { left, right: document.documentElement.clientWidth - right };
    });
    // .embed's padding: 1rem on each side.
    expect(box.left).toBeGreaterThanOrEqual(16);
    expect(box.right).toBeGreaterThanOrEqual(16);
  });
});

describe('an error message at 360 px', () => {
  it('wraps a long file address inside its panel', async () => {
    const { page } = await openPage(browser, `/indicators/${indicatorIds()[0] ?? ''}`, {
      width: 360,
      before: (p) =>
        p.route('**/assets/indicator-chart-body-*.js', (route) => route.abort('failed')),
    });
    const panel = page.locator('.error-panel').first();
    await panel.waitFor({ timeout: WAIT_MS });
    const fit = await panel.evaluate((element) => ({
      // The message names the chunk's full address, one long word.
      named: /https?:\/\/\S+\.js/.test(element.textContent ?? ''),
      panel: element.scrollWidth <= element.clientWidth,
      page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      insideRight: [...element.querySelectorAll('p')].every(
        (p) => p.getBoundingClientRect().right <= element.getBoundingClientRect().right,
      ),
    }));
    expect(fit).toEqual({ named: true, panel: true, page: true, insideRight: true });
  });
});
