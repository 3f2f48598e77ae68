import type { Page } from 'playwright-core';

/**
 * Resolves once the page has had its first contentful paint. Polled from here with a function
 * (run through the DevTools protocol) rather than `page.waitForFunction`, which evaluates its
 * predicate with `eval` in the page: our pages' Content-Security-Policy forbids that, and the
 * wait then failed whenever the paint had not come by its first check.
 */
export async function waitForFirstContentfulPaint(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length > 0))
  ) {
    if (Date.now() > deadline) {
      throw new Error(`${page.url()}: no first contentful paint within ${timeoutMs} ms`);
    }
    await page.waitForTimeout(50);
  }
}
