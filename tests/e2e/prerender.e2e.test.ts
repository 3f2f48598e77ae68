import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, staticClosure } from '../../scripts/bundle-size';
import { FORCED_THEME_SCRIPT } from '../../scripts/prerender/forced-theme-script';
import { expectNoProblems, launchBrowser, openPage, WAIT_MS } from './browser';
import { builtPages, distDir } from './built-site';
import { checksReading, expectedMarks, indicatorIds, publishedPages, readIndicator } from './data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ids = indicatorIds();
/** Every page the app hydrates, in English. */
const appRoutes = publishedPages();

/**
 * Waits until every prerendered chart has given way to the interactive one. They do so once
 * visible and the page is idle; those below the fold (the home page's sparklines) wait until
 * they are scrolled into view, so each poll scrolls the first one left there.
 */
async function waitForEveryChartSwapped(page: Page): Promise<void> {
  const staticCharts = page.locator('.chart-static');
  await expect
    .poll(
      async () => {
        await staticCharts
          .first()
          .scrollIntoViewIfNeeded({ timeout: 1000 })
          .catch(() => undefined);
        return staticCharts.count();
      },
      { timeout: WAIT_MS },
    )
    .toBe(0);
}

describe('prerendered pages without JavaScript', () => {
  it.each(ids)('/indicators/%s shows its chart, table and sources', async (id) => {
    const indicator = readIndicator(id);
    const { page } = await openPage(browser, `/indicators/${id}`, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe(indicator.meta.title);
    const marks = page.locator(
      `figure[data-chart="${indicator.meta.chart.type}"] svg [data-mark]:visible`,
    );
    expect(await marks.count()).toBe(expectedMarks(indicator));
    const table = page.locator('table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(indicator.rows.length);
    const paragraphs = new Set(indicator.rows.map((row) => row.paragraph));
    for (const paragraph of paragraphs) {
      expect(await page.locator(`#source-p${paragraph}`).isVisible()).toBe(true);
    }
    // Series that cannot be switched off: the toggles are the chart's legend, no checkboxes.
    const legend = page.locator('.series-toggle');
    expect(await legend.filter({ visible: true }).count()).toBe(await legend.count());
    expect(await page.locator('.series-toggle input').filter({ visible: true }).count()).toBe(0);
    // The Download menu needs the app; the indicator's own CSV is a plain link, to the file
    // the data folder publishes.
    const csvLink = page.getByRole('link', { name: 'Full CSV' });
    expect(await csvLink.isVisible()).toBe(true);
    const csv = await page.request.get(
      new URL((await csvLink.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toBe(
      readFileSync(path.join(process.cwd(), 'data', 'indicators', `${id}.csv`), 'utf8'),
    );
    await page.emulateMedia({ media: 'print' });
    expect(await csvLink.isVisible()).toBe(false);
  });

  it.each(ids)('/indicators/%s says how to cite it', async (id) => {
    const indicator = readIndicator(id);
    const { page } = await openPage(browser, `/indicators/${id}`, { javaScriptEnabled: false });
    const cite = page.getByRole('region', { name: 'How to cite' });
    const citations = await cite.locator('.citation').allTextContents();
    expect(citations).toHaveLength(3);
    const [report, apa, bibtex] = citations;
    // "…, 13 May 2024, paras. 37–39, 48." or "para. 20": its figures' paragraphs, no other.
    const cited = new Set<number>();
    for (const [, from, to] of (report ?? '')
      .split(/paras?\./)
      .at(-1)!
      .matchAll(/(\d+)(?:–(\d+))?/g))
      for (let paragraph = Number(from); paragraph <= Number(to ?? from); paragraph++)
        cited.add(paragraph);
    expect([...cited].sort((a, b) => a - b)).toEqual(
      [...new Set(indicator.rows.map((row) => Number(row.paragraph)))].sort((a, b) => a - b),
    );
    // The prerendered page knows no origin: the address is the page's path, language named.
    expect(apa).toContain(`: ${indicator.meta.title} (Version `);
    expect(apa).toMatch(new RegExp(`/en/indicators/${id}$`));
    expect(bibtex).toContain(`-${id}-`);
  });

  it.each(ids)('/embed/%s shows its chart', async (id) => {
    const indicator = readIndicator(id);
    const { page } = await openPage(browser, `/embed/${id}`, {
      javaScriptEnabled: false,
      width: 400,
    });
    const marks = page.locator('figure[data-chart] svg [data-mark]:visible');
    expect(await marks.count()).toBe(expectedMarks(indicator));
  });

  it('/data/ offers the files, not the CSV only the app can build', async () => {
    const { page } = await openPage(browser, '/data/', { javaScriptEnabled: false });
    const wholeSet = page.getByRole('region', { name: 'The whole set' });
    await wholeSet.getByRole('link', { name: 'Every file as one zip' }).waitFor();
    // In the page, but not shown: a button that would do nothing.
    expect(await wholeSet.locator('button').count()).toBe(1);
    expect(await wholeSet.locator('button').isVisible()).toBe(false);
    expect(await wholeSet.getByRole('listitem').filter({ visible: true }).count()).toBe(2);
  });

  it('/ shows every card with its figure', async () => {
    const { page } = await openPage(browser, '/', { javaScriptEnabled: false });
    for (const id of ids) {
      expect(await page.locator(`article[data-indicator="${id}"] .card-value`).isVisible()).toBe(
        true,
      );
    }
  });
});

describe('hydration', () => {
  it.each(appRoutes)(
    '%s hydrates without warnings or data requests, then swaps in the interactive chart',
    async (route) => {
      const dataRequests: string[] = [];
      const { page, problems } = await openPage(browser, route, {
        before: (p) =>
          Promise.resolve(
            p.on(
              'request',
              // The /data/ page itself is at the data folder's address: count fetches only.
              (r) =>
                r.url().includes('/data/') &&
                !r.isNavigationRequest() &&
                dataRequests.push(r.url()),
            ),
          ),
      });
      await waitForEveryChartSwapped(page);
      expect(dataRequests).toEqual([]);
      expectNoProblems(problems);
    },
  );
});

describe('the interactive chart in the prerendered chart’s place', () => {
  /** Each chart figure's height (to a tenth of a pixel) and the axis labels it shows. */
  const drawnCharts = (page: Page): Promise<{ heights: number[]; axisLabels: string[] }> =>
    page.evaluate(`(() => {
      const figures = [...document.querySelectorAll('figure[data-chart]')];
      return {
        heights: figures.map((figure) => Math.round(figure.getBoundingClientRect().height * 10) / 10),
        axisLabels: figures.flatMap((figure) =>
          [...figure.querySelectorAll('.recharts-cartesian-axis-tick-value')]
            .filter((label) => label.checkVisibility())
            .map((label) => label.textContent),
        ),
      };
    })()`) as Promise<{ heights: number[]; axisLabels: string[] }>;

  it.each(ids.flatMap((id) => [412, 1280].map((width) => [id, width] as const)))(
    '/indicators/%s at %i px: same height and axis labels before and after the swap',
    async (id, width) => {
      // The prerendered chart as a reader sees it until the app has loaded: scripts on, app
      // not (yet) there.
      const { page: waiting } = await openPage(browser, `/indicators/${id}`, {
        width,
        waitForHydration: false,
        before: (p) => p.route('**/assets/*.js', (route) => route.abort()),
      });
      expect(await waiting.locator('.chart-static').count()).toBeGreaterThan(0);
      const prerendered = await drawnCharts(waiting);

      const { page } = await openPage(browser, `/indicators/${id}`, { width });
      await expect.poll(() => page.locator('.chart-static').count(), { timeout: WAIT_MS }).toBe(0);
      expect(prerendered.heights.length).toBeGreaterThan(0);
      expect(prerendered.axisLabels.length).toBeGreaterThan(0);
      // Heights: nothing below the chart moves. Labels: the axis does not change under the reader.
      expect(await drawnCharts(page)).toEqual(prerendered);
    },
  );
  it.each([375, 1280])(
    '/ at %i px: each card’s sparkline drawn where the interactive one draws it',
    async (width) => {
      /** Each sparkline's line as drawn (prerendered or interactive), by its chart's key. */
      const lines = (page: Page) =>
        page.evaluate(`(() => Object.fromEntries(
          [...document.querySelectorAll('[data-chart-key^="sparkline/"]')].map((slot) => {
            const line = [...slot.querySelectorAll('path.recharts-line-curve')].find(
              (path) => path.getBoundingClientRect().width > 0,
            );
            const box = line?.getBoundingClientRect();
            return [slot.getAttribute('data-chart-key'), box && [box.left, box.top, box.width, box.height].map(Math.round)];
          }),
        ))()`) as Promise<Record<string, number[] | undefined>>;
      const { page: waiting } = await openPage(browser, '/', {
        width,
        waitForHydration: false,
        before: (p) => p.route('**/assets/*.js', (route) => route.abort()),
      });
      const prerendered = await lines(waiting);
      expect(Object.keys(prerendered).length).toBeGreaterThan(0);

      const { page } = await openPage(browser, '/', { width });
      await waitForEveryChartSwapped(page);
      await page.evaluate('window.scrollTo(0, 0)');
      expect(await lines(page)).toEqual(prerendered);
    },
  );
});

describe('the styles inlined in each page’s head', () => {
  // Every page in English, one in each other language, and the not-found page.
  const routes = [...appRoutes, '/ru/indicators/cell-confinement', '/kk/', '/no-such-page'];

  /** The page as a reader without JavaScript sees it, whole, with or without the full sheet. */
  const drawn = async (
    route: string,
    width: number,
    colorScheme: 'light' | 'dark',
    fullStylesheet: boolean,
  ): Promise<Buffer> => {
    let blocked = 0;
    const { page } = await openPage(browser, route, {
      width,
      colorScheme,
      javaScriptEnabled: false,
      before: (p) =>
        fullStylesheet
          ? Promise.resolve()
          : p.route('**/assets/*.css', (request) => {
              blocked += 1;
              return request.abort();
            }),
    });
    // Proof the page links the full sheet: it must load it (later) to answer interactions.
    if (!fullStylesheet) expect(blocked).toBe(1);
    return page.screenshot({ fullPage: true });
  };

  it.each(routes)(
    '%s draws, from its inlined styles alone, what the full stylesheet draws',
    async (route) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [375, 1280]) {
          const full = await drawn(route, width, colorScheme, true);
          const inlined = await drawn(route, width, colorScheme, false);
          expect(
            inlined.equals(full),
            `${route} at ${width} px, ${colorScheme}: the page changes when the full sheet arrives`,
          ).toBe(true);
        }
      }
    },
  );
});

describe('the data a prerendered page carries', () => {
  const queryState = (file: string): { queryKey: unknown[]; state: { data: unknown } }[] => {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const json = /<script type="application\/json" id="query-state"[^>]*>(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    if (json === undefined) throw new Error(`${file}: no query state`);
    return (JSON.parse(json) as { queries: { queryKey: unknown[]; state: { data: unknown } }[] })
      .queries;
  };

  it.each(ids)('/indicators/%s: only the checks that read it, not the whole files', (id) => {
    const queries = queryState(`indicators/${id}.html`);
    const keys = queries.map((query) => query.queryKey.join('/'));
    expect(keys).not.toContain('data/checks');
    expect(keys).not.toContain('data/catalogue');
    const reading = queries.find(
      (query) => query.queryKey.join('/') === `data/checks/reading/${id}`,
    );
    const carried = (reading?.state.data as { id: string }[] | undefined) ?? [];
    expect(carried.map((check) => check.id).sort()).toEqual(checksReading(id).sort());
  });

  it('/: each card’s cut and the key findings, not the whole indicators or checks', () => {
    const keys = queryState('index.html').map((query) => query.queryKey.join('/'));
    expect(keys).not.toContain('data/checks');
    expect(keys).toContain('data/checks/key-findings');
    for (const id of ids) {
      expect(keys).not.toContain(`data/indicators/${id}`);
      expect(keys).toContain(`data/indicators/${id}/card`);
    }
  });
});

describe('the links in the built pages', () => {
  const base = process.env.BASE_PATH ?? '/';
  const isFile = (file: string): boolean => existsSync(file) && statSync(file).isFile();
  /**
   * What a static host answers for a path of the site without redirecting: a folder's
   * index.html for a path ending in a slash, else the file itself or `<path>.html`
   * (GitHub Pages redirects a folder's path without its slash; other hosts answer 404).
   */
  const servedFile = (pathname: string): boolean => {
    const relative = decodeURIComponent(pathname.slice(base.length));
    if (pathname.endsWith('/')) return isFile(path.join(distDir, relative, 'index.html'));
    return isFile(path.join(distDir, relative)) || isFile(path.join(distDir, `${relative}.html`));
  };

  it('lead to a file the host serves as it is, on every page', () => {
    // 404.html included: its language links lead to each language's home, not to the same
    // unknown address in another language (answered by the English 404.html again).
    const pages = builtPages();
    const origin = 'https://site.test';
    let checked = 0;
    const unserved: string[] = [];
    for (const file of pages) {
      const address = `${origin}${base}${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
      const { document } = new JSDOM(readFileSync(path.join(distDir, file), 'utf8'), {
        url: address,
      }).window;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (link.origin !== origin) continue;
        checked += 1;
        if (!link.pathname.startsWith(base) || !servedFile(link.pathname)) {
          unserved.push(`${file}: ${link.getAttribute('href') ?? ''}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(unserved).toEqual([]);
  });
});

describe('where a built page loads the app from', () => {
  const pages = builtPages();
  /** Where the module script sits: in the head, or after the page's content. */
  const place = (file: string): string => {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const script = html.search(/<script type="module"/);
    if (script === -1) return 'none';
    if (script < html.indexOf('</head>')) return 'head';
    return script > html.lastIndexOf('</div>') ? 'after content' : 'inside content';
  };

  it('is after the content on every page, embeds included', () => {
    const embeds = pages.filter((file) => /(^|\/)embed\//.test(file));
    const built = pages.filter((file) => file !== 'embed-demo.html');
    expect(embeds.length).toBeGreaterThan(0);
    expect(built.length).toBeGreaterThan(embeds.length);
    expect(built.filter((file) => place(file) !== 'after content')).toEqual([]);
  });

  it('leaves only the forced-theme script in an embed’s head, and none in other pages', () => {
    const inHead = (file: string): string[] => {
      const html = readFileSync(path.join(distDir, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      return [...head.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[0]);
    };
    const embeds = pages.filter((file) => /(^|\/)embed\//.test(file));
    const others = pages.filter((file) => !embeds.includes(file) && file !== 'embed-demo.html');
    for (const file of embeds)
      expect(inHead(file), file).toEqual([`<script>${FORCED_THEME_SCRIPT}</script>`]);
    for (const file of others) expect(inHead(file), file).toEqual([]);
  });
});

describe('an embed, started from its own module', () => {
  it.each(ids)('/embed/%s loads none of the files only the site’s pages need', async (id) => {
    const manifest = readManifest(distDir);
    const embedFiles = staticClosure(manifest, ['src/app/embed-start.tsx']);
    // The site's start brings the router, the layout and the route table.
    const siteOnly = [...staticClosure(manifest, ['src/app/start.tsx'])].filter(
      (file) => !embedFiles.has(file),
    );
    expect(siteOnly.length).toBeGreaterThan(0);
    const scripts: string[] = [];
    const { page, problems } = await openPage(browser, `/embed/${id}`, {
      width: 400,
      before: (p) =>
        Promise.resolve(
          p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url())),
        ),
    });
    await expect.poll(() => page.locator('.chart-static').count(), { timeout: WAIT_MS }).toBe(0);
    const loaded = (file: string) => scripts.some((url) => url.endsWith(`/${file}`));
    expect([...embedFiles].filter((file) => !loaded(file))).toEqual([]);
    expect(siteOnly.filter(loaded)).toEqual([]);
    expectNoProblems(problems);
  });
});

describe('a shared view link on a prerendered page', () => {
  it('hydrates silently, then opens the view the link names', async () => {
    const { page, problems } = await openPage(
      browser,
      '/indicators/prison-mortality?series=suicides&view=table',
    );
    await expect
      .poll(() => page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), {
        timeout: WAIT_MS,
      })
      .toBe('true');
    expect(await page.getByRole('checkbox', { name: 'Deaths from disease' }).isChecked()).toBe(
      false,
    );
    expectNoProblems(problems);
  });

  it('takes out of the address what the page ignored, and keeps the sharer’s own parameters', async () => {
    const { page, problems } = await openPage(
      browser,
      '/indicators/prison-mortality?view=nonsense&series=nope,suicides&utm_source=newsletter#sources',
    );
    await expect
      .poll(() => new URL(page.url()).search, { timeout: WAIT_MS })
      .toBe('?series=suicides&utm_source=newsletter');
    expect(new URL(page.url()).hash).toBe('#sources');
    expect(await page.getByRole('checkbox', { name: 'Suicides' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Deaths from disease' }).isChecked()).toBe(
      false,
    );
    expect(await page.getByRole('tab', { name: 'Chart' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // A toggle keeps the sharer's parameter too.
    await page.getByRole('checkbox', { name: 'Deaths from disease' }).click();
    await expect
      .poll(() => new URL(page.url()).search, { timeout: WAIT_MS })
      .toBe('?series=disease-deaths,suicides&utm_source=newsletter');
    expectNoProblems(problems);
  });
});
