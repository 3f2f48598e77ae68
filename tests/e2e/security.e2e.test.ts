import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage, WAIT_MS } from './browser';
import { builtPages, distDir } from './built-site';
import { indicatorIds } from './data';
import { FORCED_THEME_SCRIPT } from '../../scripts/prerender/forced-theme-script';

const ids = indicatorIds();
const routes = [
  '/',
  ...ids.flatMap((id) => [`/indicators/${id}`, `/embed/${id}`]),
  '/checks',
  '/source',
  '/timeline',
  '/recommendations',
  '/data/',
  '/about',
  '/no-such-page',
];

/** Records CSP violations from the first script on, before the page's own. */
const RECORD_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample));
});`;

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy', () => {
  it.each(routes)('%s loads under its policy with no violation', async (route) => {
    const { page, problems } = await openPage(browser, route, {
      before: (p) => p.addInitScript(RECORD_VIOLATIONS),
    });
    const policies = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
    expect(policies).toHaveLength(1);
    // An embed's head sets its forced theme before the first paint: that script, by its hash.
    const scriptSrc = route.startsWith('/embed/')
      ? `script-src 'self' 'sha256-${createHash('sha256').update(FORCED_THEME_SCRIPT).digest('base64')}'`
      : "script-src 'self'";
    expect(policies[0]?.split('; ')).toContain(scriptSrc);
    // Charts turn interactive when the page is idle: wait for that work too.
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expectNoProblems(problems, route === '/no-such-page' ? ['404'] : []);
  });

  it('holds through toggles, tabs, downloads and image export', async () => {
    const id = ids[0] ?? '';
    const { page, problems } = await openPage(browser, `/indicators/${id}`, {
      before: (p) => p.addInitScript(RECORD_VIOLATIONS),
    });
    const toggle = page.locator('.series-toggle input').first();
    if ((await toggle.count()) > 0) {
      await toggle.click();
      await toggle.click();
    }
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('tab', { name: 'Chart' }).click();
    await page.getByRole('button', { name: 'Download' }).click();
    for (const label of ['Full CSV', 'Chart as SVG', 'Chart as PNG (2× resolution)']) {
      await Promise.all([
        page.waitForEvent('download', { timeout: WAIT_MS }),
        page.getByRole('button', { name: label }).click(),
      ]);
    }
    expect(await violations(page)).toEqual([]);
    expectNoProblems(problems);
  });
});

describe('the built pages', () => {
  const files = builtPages()
    .filter((file) => file !== 'embed-demo.html')
    .map((file) => path.join(distDir, file));

  it('have no inline script but the JSON data block and an embed’s forced theme, and one policy each', () => {
    expect(files.length).toBeGreaterThan(ids.length * 2);
    for (const file of files) {
      const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
      const inline = [...document.querySelectorAll('script:not([src])')]
        .filter((script) => script.getAttribute('type') !== 'application/json')
        .map((script) => script.textContent);
      const embed = /(^|\/)embed\/[^/]+\.html$/.test(path.relative(distDir, file));
      expect(inline, path.relative(distDir, file)).toEqual(embed ? [FORCED_THEME_SCRIPT] : []);
      expect(
        document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'),
        path.relative(distDir, file),
      ).toHaveLength(1);
      // No event-handler attributes either (the CSP would block them anyway).
      const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith('on')),
      );
      expect(handlers, path.relative(distDir, file)).toEqual([]);
    }
  });

  it('open links to other sites with rel="noopener noreferrer"', () => {
    let external = 0;
    for (const file of files) {
      const { document } = new JSDOM(readFileSync(file, 'utf8'), {
        url: 'https://dashboard.test/',
      }).window;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const leaves = link.origin !== 'https://dashboard.test' || link.target === '_blank';
        if (!leaves || link.protocol === 'blob:') continue;
        external += 1;
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        expect(rel, `${path.relative(distDir, file)}: ${link.href}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
      }
    }
    // The licence link on /data/ at least: the check is not vacuous.
    expect(external).toBeGreaterThan(0);
  });
});
