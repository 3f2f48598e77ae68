import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from '../../scripts/prerender/site-url';
import { pngSize } from '../support/png-size';
import { siteUrl } from './browser';
import { expectedMarks, indicatorIds, readIndicator } from './data';

// Reads the build the global setup made (or reused), as a crawler and a mail client get it.
const distDir = path.resolve(import.meta.dirname, '../../dist');
const SITE_NAME = 'Kazakhstan torture-prevention indicators';
// The public address the build used: the same environment, the same rule.
const site = resolveSiteUrl(process.env.SITE_URL, process.env.BASE_PATH ?? '/');
const publicUrl = (sitePath: string): string => new URL(sitePath, site).href;

const ids = indicatorIds();

function readPage(file: string): Document {
  return new JSDOM(readFileSync(path.join(distDir, file), 'utf8')).window.document;
}

/** The value of each element matching `selector`: all of them, so a duplicate shows. */
function values(doc: Document, selector: string): string[] {
  return [...doc.head.querySelectorAll(selector)].map(
    (element) => element.getAttribute('content') ?? element.getAttribute('href') ?? '',
  );
}

/** A file of dist/ from its public address, which must be under the site's. */
function distFileOf(url: string): string {
  expect(url.startsWith(site.href), `${url} is under ${site.href}`).toBe(true);
  return path.join(distDir, url.slice(site.href.length));
}

describe('social previews of indicator pages', () => {
  it.each(ids)('/indicators/%s has each tag once, with its values', (id) => {
    const { meta } = readIndicator(id);
    const doc = readPage(`indicators/${id}.html`);
    // The plain address is English; the address that names English is the canonical one.
    const pageUrl = publicUrl(`en/indicators/${id}`);
    const imageUrl = publicUrl(`images/${id}-social.png`);
    const alt = `${meta.title}: ${meta.subtitle}`;
    expect([...doc.head.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      `${meta.title} · ${SITE_NAME}`,
    ]);
    const expected: Record<string, string> = {
      'meta[name="description"]': meta.subtitle,
      'link[rel="canonical"]': pageUrl,
      'meta[property="og:type"]': 'article',
      'meta[property="og:site_name"]': SITE_NAME,
      'meta[property="og:title"]': meta.title,
      'meta[property="og:description"]': meta.subtitle,
      'meta[property="og:url"]': pageUrl,
      'meta[property="og:image"]': imageUrl,
      'meta[property="og:image:width"]': '1200',
      'meta[property="og:image:height"]': '630',
      'meta[property="og:image:alt"]': alt,
      'meta[name="twitter:card"]': 'summary_large_image',
      'meta[name="twitter:title"]': meta.title,
      'meta[name="twitter:description"]': meta.subtitle,
      'meta[name="twitter:image"]': imageUrl,
      'meta[name="twitter:image:alt"]': alt,
    };
    for (const [selector, value] of Object.entries(expected)) {
      expect(values(doc, selector), selector).toEqual([value]);
    }
  });

  it.each(ids)('the og:image of /indicators/%s is a 1200×630 PNG, served', async (id) => {
    const [imageUrl = ''] = values(readPage(`indicators/${id}.html`), 'meta[property="og:image"]');
    const bytes = readFileSync(distFileOf(imageUrl));
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    const response = await fetch(siteUrl(imageUrl.slice(site.href.length)));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/png/);
  });
});

describe('other pages', () => {
  const files = [
    ...readdirSync(distDir).filter((f) => f.endsWith('.html') && !f.startsWith('embed-demo')),
    'data/index.html',
    ...ids.map((id) => `embed/${id}.html`),
  ];

  it.each(files)('%s has one title and description, and its address', (file) => {
    const doc = readPage(file);
    expect(doc.head.querySelectorAll('title')).toHaveLength(1);
    const [description = ''] = values(doc, 'meta[name="description"]');
    expect(values(doc, 'meta[name="description"]')).toHaveLength(1);
    expect(description.length).toBeGreaterThan(20);
    expect(values(doc, 'meta[property="og:description"]')).toEqual([description]);
    expect(values(doc, 'meta[property="og:site_name"]')).toEqual([SITE_NAME]);
    // 404.html is served at every unknown address: it claims none.
    const route = file === 'index.html' ? '' : file.replace(/(index)?\.html$/, '');
    const canonical = file === '404.html' ? [] : [publicUrl(`en/${route}`)];
    expect(values(doc, 'link[rel="canonical"]')).toEqual(canonical);
    expect(values(doc, 'meta[property="og:url"]')).toEqual(canonical);
    const alternates = [...doc.head.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    expect(alternates).toEqual(
      file === '404.html'
        ? []
        : [
            ['en', publicUrl(`en/${route}`)],
            ['ru', publicUrl(`ru/${route}`)],
            ['kk', publicUrl(`kk/${route}`)],
            ['x-default', publicUrl(route)],
          ],
    );
  });
});

describe('previews of the Russian and Kazakh pages', () => {
  it.each(ids.flatMap((id) => (['ru', 'kk'] as const).map((language) => [language, id])))(
    '/%s/indicators/%s: its language, its title, its image',
    (language, id) => {
      const metadata = JSON.parse(
        readFileSync(path.resolve(distDir, '../data/indicators', `${id}.json`), 'utf8'),
      ) as { translations: Record<string, { title: string; subtitle: string }> };
      const { title, subtitle } = metadata.translations[language] ?? { title: '', subtitle: '' };
      const doc = readPage(`${language}/indicators/${id}.html`);
      expect(doc.documentElement.lang).toBe(language);
      expect(values(doc, 'meta[property="og:title"]')).toEqual([title]);
      expect(values(doc, 'meta[name="description"]')).toEqual([subtitle]);
      expect(values(doc, 'meta[property="og:locale"]')).toEqual([
        language === 'ru' ? 'ru_RU' : 'kk_KZ',
      ]);
      expect(values(doc, 'link[rel="canonical"]')).toEqual([
        publicUrl(`${language}/indicators/${id}`),
      ]);
      const [image = ''] = values(doc, 'meta[property="og:image"]');
      expect(image).toBe(publicUrl(`images/${language}/${id}-social.png`));
      expect(pngSize(readFileSync(distFileOf(image)))).toEqual({ width: 1200, height: 630 });
    },
  );
});

describe('published chart images', () => {
  it.each(ids)('images/%s-chart.png is the chart SVG at twice its size', (id) => {
    const svg = readFileSync(path.join(distDir, `images/${id}-chart.svg`), 'utf8');
    const root = new JSDOM('').window;
    const doc = new root.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const width = Number(doc.documentElement.getAttribute('width'));
    const height = Number(doc.documentElement.getAttribute('height'));
    const png = pngSize(readFileSync(path.join(distDir, `images/${id}-chart.png`)));
    expect(png).toEqual({ width: 2 * width, height: 2 * height });
  });

  it.each(ids)('images/%s-chart.svg has the title, the source line and every point drawn', (id) => {
    const indicator = readIndicator(id);
    const svg = readFileSync(path.join(distDir, `images/${id}-chart.svg`), 'utf8');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('svg > title')?.textContent).toBe(indicator.meta.title);
    expect(doc.querySelector('[data-role="title"]')?.textContent).toBe(indicator.meta.title);
    expect(doc.querySelector('[data-role="source"]')?.textContent).toMatch(
      /^Source: Information received from Kazakhstan/,
    );
    expect(doc.querySelectorAll('[data-mark]')).toHaveLength(expectedMarks(indicator));
    // Self-contained: the fonts travel inside, nothing is fetched.
    expect(svg).toMatch(/@font-face\{[^}]*src:url\(data:font\/woff2;base64,/);
    expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
  });
});
