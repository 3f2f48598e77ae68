/**
 * Static site generation, run after `vite build`: renders every route to its own HTML file
 * with the page's content, its charts' SVG and its data, so a page shows everything before
 * (and without) JavaScript, and hydrates without refetching or re-rendering.
 *
 * Charts: Recharts draws nothing under react-dom/server, so each page is first rendered in
 * a DOM (jsdom) at a phone and a desktop width to capture its charts' SVG; then
 * react-dom/static renders the page with that markup in each chart slot. The browser reads
 * the markup back from the page before hydrating, so the hydrated tree matches exactly, and
 * swaps in the interactive chart once the chart is visible and the page idle.
 *
 * Each page gets its own description, canonical link and social preview tags; each indicator
 * gets its chart as published images (dist/images/), drawn from the prerendered chart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installDomGlobals } from './dom-globals';
import { withContentSecurityPolicy } from './content-security-policy';
import { headTags, templateDescription, withHeadTags, type PageHead } from './head-tags';
import { absoluteUrl, PLACEHOLDER_ORIGIN, resolveSiteUrl } from './site-url';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const basename = basePath.replace(/\/+$/, '');
process.env.NODE_ENV ??= 'production';
// Validated before anything is rendered: a SITE_URL that disagrees with BASE_PATH fails fast.
const siteUrl = resolveSiteUrl(process.env.SITE_URL, basePath);
if (siteUrl.origin === PLACEHOLDER_ORIGIN) {
  console.warn(
    `SITE_URL is not set: canonical links and social previews point at ${siteUrl.href} ` +
      '(set SITE_URL to the public address, e.g. SITE_URL=https://example.org/)',
  );
}

installDomGlobals(`http://localhost${basePath}`);

// Imported after the DOM globals exist: react-dom decides at load time whether it has a DOM.
const { dehydrate } = await import('@tanstack/react-query');
const { createQueryClient } = await import('../../src/app/query-client');
const { renderPage } = await import('../../src/app/server-render');
const { QUERY_STATE_ELEMENT_ID, serialiseForScript } = await import('../../src/app/page-state');
const { SITE_NAME } = await import('../../src/app/site');
const { indicatorChartKey } = await import('../../src/charts/indicator-chart');
const { SOCIAL_SIZE } = await import('../../src/domain/export/chart-image');
const { chartImageAlt, publishedImagePath } = await import('../../src/domain/published-images');
const { setDefaultDataSource } = await import('../../src/data/default-data-source');
const { fetchDataPackage, fetchIndicator } = await import('../../src/data/query-fns');
const { fsDataSource } = await import('../fs-data-source');
const { harvestCharts } = await import('./harvest-charts');
const { combineVariants, STATIC_WIDTHS } = await import('./static-chart-markup');
const { writeChartImages } = await import('./chart-images');

const dataSource = fsDataSource(path.join(distDir, 'data'));
setDefaultDataSource(dataSource);
/**
 * Inlines the stylesheet: one request fewer before the first paint, which on a slow
 * connection costs a whole round trip.
 */
function inlineStylesheets(html: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
    const file = path.join(distDir, href.slice(basePath.length));
    return `<style>${readFileSync(file, 'utf8')}</style>`;
  });
}

const template = inlineStylesheets(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
if (!template.includes('<div id="root"></div>')) {
  throw new Error(
    'dist/index.html is not the template Vite writes: run `vite build` before prerendering',
  );
}

const siteDescription = templateDescription(template);

type Indicator = Awaited<ReturnType<typeof fetchIndicator>>;

interface PageSpec {
  route: string;
  file: string;
  /** The page's own name; the document title adds the site's. */
  name: string;
  /** Defaults to the site's description (the template's). */
  description?: string;
  /** Data for hydration; the not-found page has none, so it renders afresh on any URL. */
  hydrate: boolean;
  /** Set for an indicator page: its preview shows the indicator's social card. */
  indicator?: Indicator;
}

const catalogue = await fetchDataPackage(dataSource);
const indicators: Indicator[] = [];
const pages: PageSpec[] = [{ route: '/', file: 'index.html', name: SITE_NAME, hydrate: true }];
for (const entry of catalogue.indicators) {
  const indicator = await fetchIndicator(dataSource, entry.id);
  const { meta } = indicator;
  indicators.push(indicator);
  pages.push(
    {
      route: `/indicators/${meta.id}`,
      file: `indicators/${meta.id}.html`,
      name: meta.title,
      description: meta.subtitle,
      hydrate: true,
      indicator,
    },
    {
      route: `/embed/${meta.id}`,
      file: `embed/${meta.id}.html`,
      name: meta.title,
      description: meta.subtitle,
      hydrate: true,
    },
  );
}
pages.push(
  // At /data/ (the data folder's own address), so the page and the files share one path.
  {
    route: '/data/',
    file: 'data/index.html',
    name: 'Data',
    description:
      'Every data file behind the dashboard with its schema, size and SHA-256, all figures as one CSV, and the licence and citation.',
    hydrate: true,
  },
  {
    route: '/recommendations',
    file: 'recommendations.html',
    name: 'Recommendations',
    description:
      'Each recommendation of the UN Committee against Torture that Kazakhstan’s 2024 follow-up report answers, with its paragraphs, measures and indicators.',
    hydrate: true,
  },
  {
    route: '/checks',
    file: 'checks.html',
    name: 'Fact checks',
    description:
      'Statements in Kazakhstan’s 2024 follow-up report that relate its figures (sums, shares, changes, trends), each checked against the figures, with the working and a verdict.',
    hydrate: true,
  },
  {
    route: '/source',
    file: 'source.html',
    name: 'The report',
    description:
      'Kazakhstan’s 2024 follow-up information to the UN Committee against Torture, paragraph by paragraph, with every cited figure marked.',
    hydrate: true,
  },
  {
    route: '/timeline',
    file: 'timeline.html',
    name: 'Timeline of measures',
    description:
      'Every dated measure in Kazakhstan’s 2024 follow-up report to the UN Committee against Torture (laws, decrees, orders, plans, training), by kind and body.',
    hydrate: true,
  },
);
pages.push({
  route: '/404',
  file: '404.html',
  name: 'Page not found',
  description: 'There is no page at this address.',
  hydrate: false,
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The page's head: its social card for an indicator, none for the rest. */
function pageHead(page: PageSpec): PageHead {
  const { indicator } = page;
  return {
    title: page.name === SITE_NAME ? SITE_NAME : `${page.name} · ${SITE_NAME}`,
    shareTitle: page.name,
    description: page.description ?? siteDescription,
    siteName: SITE_NAME,
    // The not-found page is served at every unknown address: it has no address of its own.
    ...(page.hydrate ? { canonicalUrl: absoluteUrl(siteUrl, page.route) } : {}),
    type: indicator ? 'article' : 'website',
    ...(indicator
      ? {
          image: {
            url: absoluteUrl(siteUrl, publishedImagePath(indicator.meta.id, 'social-png')),
            ...SOCIAL_SIZE,
            alt: chartImageAlt(indicator.meta.title, indicator.meta.subtitle),
          },
        }
      : {}),
  };
}

interface Harvested {
  page: PageSpec;
  url: string;
  queryClient: ReturnType<typeof createQueryClient>;
  staticCharts: Map<string, string>;
}

/** Renders a page in the DOM at both widths; its query client keeps the data it loaded. */
async function harvest(page: PageSpec): Promise<Harvested> {
  const url = `${basename}${page.route}`;
  const queryClient = createQueryClient({ retry: false });
  const narrow = await harvestCharts(url, basename, queryClient, STATIC_WIDTHS.narrow);
  const wide = await harvestCharts(url, basename, queryClient, STATIC_WIDTHS.wide);
  const staticCharts = new Map(
    [...wide].map(([key, html]) => [key, combineVariants(narrow.get(key) ?? html, html)]),
  );
  return { page, url, queryClient, staticCharts };
}

async function writePage({ page, url, queryClient, staticCharts }: Harvested): Promise<void> {
  const body = await renderPage({ url, basename, queryClient, staticCharts });
  const state = page.hydrate
    ? `<script type="application/json" id="${QUERY_STATE_ELEMENT_ID}" data-path="${escapeHtml(url)}">${serialiseForScript(dehydrate(queryClient))}</script>`
    : '';
  // Functions as replacements: a `$` in the page's text must stay a `$`.
  const html = withContentSecurityPolicy(
    withHeadTags(template, headTags(pageHead(page))).replace(
      '<div id="root"></div>',
      () => `<div id="root">${body}</div>${state}`,
    ),
  );
  const file = path.join(distDir, page.file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
  queryClient.clear();
  const charts = staticCharts.size;
  console.log(
    `prerendered ${page.route} → dist/${page.file} (${charts} chart${charts === 1 ? '' : 's'})`,
  );
}

// Every DOM render first, then every server render: react-dom/server leaves React context
// values behind that break a later client render in the same process.
const harvested: Harvested[] = [];
for (const page of pages) harvested.push(await harvest(page));
for (const indicator of indicators) {
  const { id, chart } = indicator.meta;
  // The page's main chart: the one drawn with every series, as the page opens.
  const markup = harvested
    .find((entry) => entry.page.indicator === indicator)
    ?.staticCharts.get(indicatorChartKey(id, chart.series));
  if (markup === undefined) throw new Error(`/indicators/${id} has no prerendered chart`);
  writeChartImages(distDir, indicator, markup);
}
for (const entry of harvested) await writePage(entry);
