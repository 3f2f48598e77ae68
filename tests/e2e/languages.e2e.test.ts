import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  launchBrowser,
  openPage,
  saveScreenshots,
  siteUrl,
  WAIT_MS,
} from './browser';
import { indicatorIds, publishedPages } from './data';

const ids = indicatorIds();
const poll = { timeout: WAIT_MS };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page the build publishes, without its language prefix. */
const PAGES = [...publishedPages(), '/no-such-page'];

/**
 * English left in a translated page: each text (visible, or an accessible name) with a
 * lower-case Latin word of three letters or more, outside elements marked `lang="en"` (the
 * report's quotes) and outside code (the embed snippets). Abbreviations and codes (CSV,
 * SHA-256, CAT/C/KAZ/CO/4, CC BY) are not words here, nor are addresses and file names, code
 * values in «», and an English term kept in parentheses beside its translation, as the
 * glossary asks where a term is uncertain.
 */
async function untranslatedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const skipped = (element: Element | null): boolean =>
      !element ||
      !!element.closest('[lang="en"], script, style, template, textarea, code, pre, [hidden]');
    const check = (text: string | null) => {
      const prose = (text ?? '')
        // An English term kept beside its translation, a code value in «», an address or a
        // file name: not prose to translate.
        .replace(/\([^()]*\)|«[^«»]*»/g, '')
        .replace(/\S*[/.]\S*[a-z]\S*/g, '');
      if (/\b[a-z]{3,}\b/.test(prose)) found.add(prose.trim().slice(0, 80));
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skipped(node.parentElement)) check(node.textContent);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
      if (skipped(element)) continue;
      for (const name of ['aria-label', 'title', 'alt']) check(element.getAttribute(name));
    }
    return [...found].sort();
  });
}

describe.each(['ru', 'kk'] as const)('the site in %s', (language) => {
  it.each(PAGES)(`${language}%s: in the language throughout, no errors`, async (route) => {
    const { page, problems } = await openPage(browser, `/${language}${route}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    await page.locator('h1, .embed-missing').first().waitFor();
    // Let lazily drawn charts and regions settle before reading the text.
    await expect
      .poll(() => page.locator('[aria-busy="true"], .chart-placeholder').count(), poll)
      .toBe(0);
    expect(await untranslatedWords(page)).toEqual([]);
    // The missing page is a 404 by design; nothing else may fail.
    expectNoProblems(problems, route === '/no-such-page' ? ['404'] : []);
    if (route === '/' || route === `/indicators/${ids[0]}`) {
      await saveScreenshots(page, `${language}${route === '/' ? '-home' : '-indicator'}`);
    }
  });
});

describe('numbers in the reader’s language', () => {
  it('writes 19.2 % as 19,2 in Russian, outside the English quotes, and 19.2 in English', async () => {
    const ownText = (page: Page) =>
      page.evaluate(() => {
        const parts: string[] = [];
        const walker = document.createTreeWalker(
          document.querySelector('main')!,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (!node.parentElement?.closest('main [lang="en"]')) parts.push(node.textContent ?? '');
        return parts.join(' ');
      });
    const ru = await ownText((await openPage(browser, '/ru/indicators/cell-confinement')).page);
    expect(ru).toMatch(/19,2\s?%/u);
    expect(ru).not.toMatch(/19\.2/);
    const kk = await ownText((await openPage(browser, '/kk/indicators/cell-confinement')).page);
    expect(kk).toMatch(/19,2%/u);
    expect(kk).toMatch(/13\u00a0200/u);
    const en = await ownText((await openPage(browser, '/en/indicators/cell-confinement')).page);
    expect(en).toMatch(/19\.2%/);
  });

  it('shows the chart, table and sources in Russian with JavaScript off', async () => {
    const { page } = await openPage(browser, '/ru/indicators/cell-confinement', {
      javaScriptEnabled: false,
    });
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('[data-chart-key] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('table').count()).toBeGreaterThan(0);
    expect(await untranslatedWords(page)).toEqual([]);
  });
});

describe('the language survives', () => {
  it('navigation: a link on a Kazakh page opens the Kazakh page', async () => {
    const { page, problems } = await openPage(browser, '/kk/');
    await page.locator('header nav[aria-label] a[href$="/kk/timeline"]').click();
    await page.waitForURL(/\/kk\/timeline$/);
    await expect.poll(() => page.locator('h1').innerText(), poll).not.toBe('');
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    expect(await untranslatedWords(page)).toEqual([]);
    expectNoProblems(problems);
  });

  it('the switcher after the reader changed the view: the view as it is now', async () => {
    const { page } = await openPage(browser, `/ru/indicators/${ids[0]}`);
    await page.getByRole('checkbox').first().click();
    await page.getByRole('tab').nth(1).click();
    const english = page.getByRole('link', { name: 'English' });
    await expect
      .poll(() => english.getAttribute('href'), poll)
      .toMatch(new RegExp(`/en/indicators/${ids[0]}\\?series=[^&]+&view=table$`));
    await english.click();
    await page.waitForURL(new RegExp(`/en/indicators/${ids[0]}\\?`));
    await expect
      .poll(() => page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), poll)
      .toBe('true');
    expect(await page.getByRole('checkbox').first().isChecked()).toBe(false);
  });

  it('the switcher, by keyboard: the same page and view in the chosen language', async () => {
    const route = `/ru/indicators/${ids[0]}?view=table#sources`;
    const { page } = await openPage(browser, route);
    const english = page.getByRole('link', { name: 'English' });
    expect(await english.getAttribute('href')).toMatch(
      new RegExp(`/en/indicators/${ids[0]}\\?view=table#sources$`),
    );
    expect(await page.getByRole('link', { name: 'Русский' }).getAttribute('aria-current')).toBe(
      'true',
    );
    await english.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/en/indicators/${ids[0]}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('sharing and embedding: the embed code and its link back name the language', async () => {
    const { page } = await openPage(browser, `/indicators/${ids[0]}`);
    // An address without a language is English for an English browser, but what it shares
    // names English, so that a Russian browser opens it in English too.
    await page.locator('details.embed-code > summary').click();
    const snippets = await page
      .locator('details.embed-code textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value).join('\n'));
    expect(snippets).toContain(`/en/embed/${ids[0]}`);
    const { page: embed } = await openPage(browser, `/ru/embed/${ids[0]}`);
    expect(await embed.locator('html').getAttribute('lang')).toBe('ru');
    const back = embed.locator(`a[href*="/indicators/${ids[0]}"]`).first();
    expect(await back.getAttribute('href')).toMatch(new RegExp(`/ru/indicators/${ids[0]}`));
    expect(await untranslatedWords(embed)).toEqual([]);
  });
});

describe('exports in the reader’s language', () => {
  it('draws the exported chart with Russian title, source line and numbers', async () => {
    const { page } = await openPage(browser, '/ru/indicators/cell-confinement');
    const title = await page.locator('h1').innerText();
    await page.getByRole('button', { name: 'Скачать' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT_MS }),
      page.getByRole('button', { name: 'График в формате SVG' }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toContain(title);
    expect(svg).toContain('Источник:');
    expect(svg).toMatch(/19,2/u);
    // The published image the Russian embed code offers is the Russian one.
    const published = await fetch(siteUrl('/images/ru/cell-confinement-chart.svg'));
    expect(published.status).toBe(200);
    expect(await published.text()).toContain(title);
  });
});

describe('the first choice', () => {
  it('an address without a language follows a Russian browser', async () => {
    const { page } = await openPage(browser, '/checks?x=1#top', { locale: 'ru-RU' });
    await page.waitForURL(/\/ru\/checks\?x=1#top$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  });

  it('an English link stays English in a Kazakh browser', async () => {
    const { page } = await openPage(browser, '/en/checks', { locale: 'kk-KZ' });
    expect(page.url()).toBe(siteUrl('/en/checks'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('a browser in neither language gets English at the plain address', async () => {
    const { page } = await openPage(browser, '/checks', { locale: 'de-DE' });
    expect(page.url()).toBe(siteUrl('/checks'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
