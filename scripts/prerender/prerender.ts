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
// First: sets NODE_ENV before any other module is evaluated.
import './production-mode';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installDomGlobals } from './dom-globals';
import { withAppScriptsAfterContent } from './app-scripts-last';
import { FORCED_THEME_SCRIPT, withForcedThemeScript } from './forced-theme-script';
import { withContentSecurityPolicy } from './content-security-policy';
import {
  headTags,
  templateDescription,
  withDocumentLanguage,
  withHeadTags,
  type PageHead,
} from './head-tags';
import { absoluteUrl, PLACEHOLDER_ORIGIN, resolveSiteUrl } from './site-url';
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../src/domain/language';
import { documentTitle } from '../../src/domain/document-title';
import { embedIdFromPath } from '../../src/app/embed-path';
import { PRERENDERED_NOT_FOUND_PATH } from '../../src/domain/prerendered-not-found-path';
import type { Locale } from '../../src/domain/translate';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const basename = basePath.replace(/\/+$/, '');
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
const { defaultShouldDehydrateQuery, dehydrate } = await import('@tanstack/react-query');
const { carriedByPage } = await import('../../src/data/input-only-query');
const { createQueryClient } = await import('../../src/app/query-client');
const { renderPage } = await import('../../src/app/server-render');
const { QUERY_STATE_ELEMENT_ID, serialiseForScript } = await import('../../src/app/page-state');
const { indicatorChartKey } = await import('../../src/charts/indicator-chart');
const { SOCIAL_SIZE } = await import('../../src/domain/export/chart-image');
const { chartImageAlt, publishedImagePath } = await import('../../src/domain/published-images');
const { setDefaultDataSource } = await import('../../src/data/default-data-source');
const { fetchDataPackage, fetchIndicator } = await import('../../src/data/query-fns');
const { fsDataSource } = await import('../fs-data-source');
const { criticalCss } = await import('./critical-css');
const { harvestCharts } = await import('./harvest-charts');
const { combineVariants, STATIC_WIDTHS } = await import('./static-chart-markup');
const { writeChartImages } = await import('./chart-images');
const { createI18n } = await import('../../src/app/i18n/create-i18n');
const { loadCatalogue } = await import('../../src/app/i18n/load-catalogue');
const { localiseIndicator, localiseIndicatorMeta } = await import('../../src/domain/localise');
const { DEFAULT_LANGUAGE, LANGUAGES, pathInLanguage } = await import('../../src/domain/language');

const dataSource = fsDataSource(path.join(distDir, 'data'));
setDefaultDataSource(dataSource);
const withCriticalCss = criticalCss(distDir, basePath);

const template = readFileSync(path.join(distDir, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) {
  throw new Error(
    'dist/index.html is not the template Vite writes: run `vite build` before prerendering',
  );
}

const siteDescription = templateDescription(template);

type Indicator = Awaited<ReturnType<typeof fetchIndicator>>;

interface PageSpec {
  /** The address relative to the base path, with the language prefix if any. */
  route: string;
  /** The address without its language prefix, the same in every version. */
  path: string;
  version: SiteVersion;
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
for (const entry of catalogue.indicators)
  indicators.push(await fetchIndicator(dataSource, entry.id));

/**
 * The pages of one version of the site: English without a prefix (for addresses that leave the
 * language to the reader), and each language under its prefix ("/en/", "/ru/", "/kk/").
 */
interface SiteVersion {
  language: Language;
  prefixed: boolean;
  i18n: I18n;
}

function pagesOf({ language, prefixed, i18n }: SiteVersion): PageSpec[] {
  const t = i18n.getFixedT(language, 'meta');
  const prefix = prefixed ? `/${language}` : '';
  const filePrefix = prefixed ? `${language}/` : '';
  const page = (route: string, file: string, name: string, description?: string): PageSpec => ({
    route: `${prefix}${route}`,
    path: route,
    file: `${filePrefix}${file}`,
    name,
    ...(description === undefined ? {} : { description }),
    hydrate: true,
    version: { language, prefixed, i18n },
  });
  const pages: PageSpec[] = [page('/', 'index.html', t('siteName'), t('siteDescription'))];
  for (const indicator of indicators) {
    const meta = localiseIndicatorMeta(indicator.meta, language);
    pages.push(
      {
        ...page(`/indicators/${meta.id}`, `indicators/${meta.id}.html`, meta.title, meta.subtitle),
        indicator,
      },
      page(`/embed/${meta.id}`, `embed/${meta.id}.html`, meta.title, meta.subtitle),
    );
  }
  pages.push(
    // At /data/ (the data folder's own address), so the page and the files share one path.
    page('/data/', 'data/index.html', t('data.name'), t('data.description')),
    page(
      '/recommendations',
      'recommendations.html',
      t('recommendations.name'),
      t('recommendations.description'),
    ),
    page('/checks', 'checks.html', t('checks.name'), t('checks.description')),
    page('/source', 'source.html', t('source.name'), t('source.description')),
    page('/timeline', 'timeline.html', t('timeline.name'), t('timeline.description')),
    page('/about', 'about.html', t('about.name'), t('about.description')),
  );
  // One not-found page, served by the host at every unknown address; the browser then renders
  // it afresh in the address's language.
  if (!prefixed) {
    pages.push({
      ...page(
        PRERENDERED_NOT_FOUND_PATH,
        '404.html',
        t('notFound.name'),
        t('notFound.description'),
      ),
      hydrate: false,
    });
  }
  return pages;
}

const versions: SiteVersion[] = [];
const forms: { language: Language; prefixed: boolean }[] = [
  { language: DEFAULT_LANGUAGE, prefixed: false },
  ...LANGUAGES.map((language) => ({ language, prefixed: true })),
];
for (const { language, prefixed } of forms) {
  versions.push({ language, prefixed, i18n: createI18n(language, await loadCatalogue(language)) });
}
const pages = versions.flatMap(pagesOf);

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An address of the site in one language: "/ru/checks"; English unprefixed for x-default. */
const addressIn = (language: Language | undefined, path: string): string =>
  absoluteUrl(siteUrl, language === undefined ? path : pathInLanguage(language, path));

/** The page's head: its social card for an indicator, none for the rest. */
function pageHead(page: PageSpec): PageHead {
  const { indicator, version } = page;
  const siteName = version.i18n.getFixedT(version.language, 'meta')('siteName');
  const meta = indicator && localiseIndicatorMeta(indicator.meta, version.language);
  return {
    language: version.language,
    title: documentTitle(page.path === '/' ? null : page.name, siteName),
    shareTitle: page.name,
    description: page.description ?? siteDescription,
    siteName,
    // The not-found page is served at every unknown address: it has no address of its own.
    // The unprefixed English page is the same as /en/'s, which is the canonical one.
    ...(page.hydrate
      ? {
          canonicalUrl: addressIn(version.language, page.path),
          alternates: [
            ...LANGUAGES.map((language) => ({
              hreflang: language,
              href: addressIn(language, page.path),
            })),
            { hreflang: 'x-default', href: addressIn(undefined, page.path) },
          ],
        }
      : {}),
    type: indicator ? 'article' : 'website',
    ...(meta
      ? {
          image: {
            url: absoluteUrl(siteUrl, publishedImagePath(meta.id, 'social-png', version.language)),
            ...SOCIAL_SIZE,
            alt: chartImageAlt(meta.title, meta.subtitle),
          },
        }
      : {}),
  };
}

interface Harvested {
  page: PageSpec;
  url: string;
  basename: string;
  queryClient: ReturnType<typeof createQueryClient>;
  staticCharts: Map<string, string>;
}

/** What renders a page: its address, the router's basename and the language's paths. */
function renderOptions(page: PageSpec, queryClient: ReturnType<typeof createQueryClient>) {
  const { language, prefixed, i18n } = page.version;
  const pageBasename = prefixed ? `${basename}/${language}` : basename;
  return {
    url: `${basename}${page.route}`,
    basename: pageBasename,
    routePath: page.path,
    queryClient,
    i18n,
    sitePaths: { basePath: basename, language },
  };
}

/** Renders a page in the DOM at both widths; its query client keeps the data it loaded. */
async function harvest(page: PageSpec): Promise<Harvested> {
  const queryClient = createQueryClient({ retry: false });
  const options = renderOptions(page, queryClient);
  const narrow = await harvestCharts(options, STATIC_WIDTHS.narrow);
  const wide = await harvestCharts(options, STATIC_WIDTHS.wide);
  const staticCharts = new Map(
    [...wide].map(([key, html]) => [key, combineVariants(narrow.get(key) ?? html, html)]),
  );
  return { page, url: options.url, basename: options.basename, queryClient, staticCharts };
}

/** The data a page hydrates from: its successful queries, without those only fed others. */
const pageQueryState = (queryClient: ReturnType<typeof createQueryClient>) =>
  dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) && carriedByPage(query),
  });

async function writePage({ page, url, queryClient, staticCharts }: Harvested): Promise<void> {
  const body = await renderPage({ ...renderOptions(page, queryClient), staticCharts });
  const state = page.hydrate
    ? `<script type="application/json" id="${QUERY_STATE_ELEMENT_ID}" data-path="${escapeHtml(url)}">${serialiseForScript(pageQueryState(queryClient))}</script>`
    : '';
  // Functions as replacements: a `$` in the page's text must stay a `$`.
  const html = withHeadTags(
    withDocumentLanguage(template, page.version.language),
    headTags(pageHead(page)),
  ).replace('<div id="root"></div>', () => `<div id="root">${body}</div>${state}`);
  // An embed's forced theme (?theme=dark) cannot wait for the app, which comes after the
  // content: a small script in its head sets it before the first paint.
  const embed = embedIdFromPath(page.path) !== undefined;
  const scriptsLast = withAppScriptsAfterContent(await withCriticalCss(html));
  const shaped = embed
    ? withContentSecurityPolicy(withForcedThemeScript(scriptsLast), [FORCED_THEME_SCRIPT])
    : withContentSecurityPolicy(scriptsLast);
  const file = path.join(distDir, page.file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, shaped);
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
// Images in each language, from the language's prefixed indicator page.
for (const entry of harvested) {
  const { indicator, version } = entry.page;
  if (!indicator || !version.prefixed) continue;
  const { id, chart } = indicator.meta;
  // The page's main chart: the one drawn with every series, as the page opens.
  const markup = entry.staticCharts.get(indicatorChartKey(id, chart.series));
  if (markup === undefined) throw new Error(`${entry.page.route} has no prerendered chart`);
  const t = version.i18n.getFixedT(version.language) as Locale['t'];
  writeChartImages(distDir, localiseIndicator(indicator, version.language), markup, {
    language: version.language,
    t,
  });
}
for (const entry of harvested) await writePage(entry);
