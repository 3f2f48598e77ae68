import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage, WAIT_MS } from './browser';
import { expectedMarks, indicatorIds, readIndicator, toggleableSeries } from './data';

const SOURCE_PREFIX =
  'Source: Information received from Kazakhstan on follow-up to the concluding observations of the Committee against Torture (2024), para';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the Download menu (once) and saves the file one of its image buttons makes. */
async function exportImage(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.getByRole('button', { name: 'Download' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: WAIT_MS }),
    page.getByRole('button', { name: label }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function parseSvg(bytes: Buffer): Document {
  const { document } = new JSDOM(bytes.toString('utf8'), { contentType: 'image/svg+xml' }).window;
  expect(document.querySelector('parsererror')).toBeNull();
  expect(document.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  return document;
}

const roleText = (document: Document, role: string): string =>
  document.querySelector(`[data-role="${role}"]`)?.textContent ?? '';

describe.each(indicatorIds())('chart export from /indicators/%s', (id) => {
  const indicator = readIndicator(id);
  const { meta } = indicator;
  const paragraphs = [
    ...new Set(
      indicator.rows
        .filter((row) => meta.chart.series.includes(row.series))
        .map((r) => r.paragraph),
    ),
  ];

  it('saves an SVG with the title, the source line, embedded fonts and every mark', async () => {
    const { page, problems } = await openPage(browser, `/indicators/${id}`);
    const svg = await exportImage(page, 'Chart as SVG');
    expect(svg.name).toBe(`${id}-chart.svg`);
    const document = parseSvg(svg.bytes);
    expect(document.querySelector('title')?.textContent).toBe(meta.title);
    const source = roleText(document, 'source');
    expect(source.startsWith(SOURCE_PREFIX)).toBe(true);
    for (const paragraph of paragraphs) expect(source).toMatch(new RegExp(`\\b${paragraph}\\b`));
    expect(roleText(document, 'credit')).toContain('CC BY 4.0');
    expect(document.querySelector('style')?.textContent).toMatch(
      /@font-face\{font-family:'Noto Sans'.*src:url\(data:font\/woff2;base64,/,
    );
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(expectedMarks(indicator));
    expectNoProblems(problems);
  });

  it('saves a PNG at twice the SVG size and a 1200×630 social card', async () => {
    const { page, problems } = await openPage(browser, `/indicators/${id}`);
    const svg = parseSvg((await exportImage(page, 'Chart as SVG')).bytes);
    const png = await exportImage(page, 'Chart as PNG (2× resolution)');
    expect(png.name).toBe(`${id}-chart.png`);
    expect(pngSize(png.bytes)).toEqual({
      width: 2 * Number(svg.documentElement.getAttribute('width')),
      height: 2 * Number(svg.documentElement.getAttribute('height')),
    });
    const social = await exportImage(page, 'Chart for social media (PNG, 1200×630)');
    expect(social.name).toBe(`${id}-chart-social.png`);
    expect(pngSize(social.bytes)).toEqual({ width: 1200, height: 630 });
    expectNoProblems(problems);
  });
});

describe('chart export of a view', () => {
  const id = indicatorIds().find(
    (candidate) => readIndicator(candidate).meta.chart.series.length > 1,
  );

  it('draws only the series shown and names the file after them', async () => {
    expect(id).toBeDefined();
    const indicator = readIndicator(id ?? '');
    const hidden = toggleableSeries(indicator);
    const shown = indicator.meta.chart.series.filter((series) => series !== hidden.id);
    const { page, problems } = await openPage(
      browser,
      `/indicators/${id}?series=${shown.join(',')}`,
    );
    const svg = await exportImage(page, 'Chart as SVG');
    expect(svg.name).toBe(`${id}-${shown.join('+')}.svg`);
    const document = parseSvg(svg.bytes);
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(expectedMarks(indicator, shown));
    const legend = [...document.querySelectorAll('[data-role="legend-entry"]')].map(
      (entry) => entry.textContent,
    );
    expect(legend).not.toContain(hidden.label);
    expect(legend).not.toContain(`${hidden.label}: reported`);
    expectNoProblems(problems);
  });
});
