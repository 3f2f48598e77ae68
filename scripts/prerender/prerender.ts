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
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installDomGlobals } from './dom-globals';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const basename = basePath.replace(/\/+$/, '');
process.env.NODE_ENV ??= 'production';

installDomGlobals(`http://localhost${basePath}`);

// Imported after the DOM globals exist: react-dom decides at load time whether it has a DOM.
const { dehydrate } = await import('@tanstack/react-query');
const { createQueryClient } = await import('../../src/app/query-client');
const { renderPage } = await import('../../src/app/server-render');
const { QUERY_STATE_ELEMENT_ID, serialiseForScript } = await import('../../src/app/page-state');
const { SITE_NAME } = await import('../../src/app/site');
const { setDefaultDataSource } = await import('../../src/data/default-data-source');
const { fetchDataPackage, fetchIndicator } = await import('../../src/data/query-fns');
const { fsDataSource } = await import('../fs-data-source');
const { harvestCharts } = await import('./harvest-charts');
const { combineVariants, STATIC_WIDTHS } = await import('./static-chart-markup');

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

interface PageSpec {
  route: string;
  file: string;
  title: string;
  /** Data for hydration; the not-found page has none, so it renders afresh on any URL. */
  hydrate: boolean;
}

const catalogue = await fetchDataPackage(dataSource);
const pages: PageSpec[] = [{ route: '/', file: 'index.html', title: SITE_NAME, hydrate: true }];
for (const entry of catalogue.indicators) {
  const { meta } = await fetchIndicator(dataSource, entry.id);
  pages.push(
    {
      route: `/indicators/${meta.id}`,
      file: `indicators/${meta.id}.html`,
      title: `${meta.title} · ${SITE_NAME}`,
      hydrate: true,
    },
    {
      route: `/embed/${meta.id}`,
      file: `embed/${meta.id}.html`,
      title: `${meta.title} · ${SITE_NAME}`,
      hydrate: true,
    },
  );
}
pages.push(
  // At /data/ (the data folder's own address), so the page and the files share one path.
  { route: '/data/', file: 'data/index.html', title: `Data · ${SITE_NAME}`, hydrate: true },
  {
    route: '/recommendations',
    file: 'recommendations.html',
    title: `Recommendations · ${SITE_NAME}`,
    hydrate: true,
  },
  { route: '/checks', file: 'checks.html', title: `Fact checks · ${SITE_NAME}`, hydrate: true },
  { route: '/source', file: 'source.html', title: `The report · ${SITE_NAME}`, hydrate: true },
  {
    route: '/timeline',
    file: 'timeline.html',
    title: `Timeline of measures · ${SITE_NAME}`,
    hydrate: true,
  },
);
pages.push({
  route: '/404',
  file: '404.html',
  title: `Page not found · ${SITE_NAME}`,
  hydrate: false,
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
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
  const html = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>${state}`);
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
for (const entry of harvested) await writePage(entry);
