import type { Page } from 'playwright-core';

/**
 * Loads a page the benchmark measures, and throws, naming it, unless it answered 200: a
 * mistyped `--pages /indicatrs/x` would otherwise measure the not-found page under that name.
 */
export async function openMeasuredPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const status = response?.status();
  if (status !== 200) {
    throw new Error(
      `${new URL(url).pathname} answered ${status ?? 'nothing'}, not 200: no such page to measure`,
    );
  }
}
