import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cliOption } from './cli-option';
import { chartPageOf, floorPathFor } from './floor-page';
import { PEER_PAGES } from './peer-pages';
import { WITHOUT_SCRIPTS } from './without-scripts';

/** The pages `npm run bench` measures without `--pages`. */
export const BENCH_DEFAULT_PAGES = [
  '/indicators/prison-mortality',
  '/indicators/cell-confinement',
  '/embed/prison-mortality',
  '/',
  ...PEER_PAGES,
];

/** The page kinds that each draw one indicator's chart, one built HTML file per indicator. */
const CHART_PAGE_KINDS = ['indicators', 'embed'] as const;

/**
 * Every page of the build that draws a chart (each `/indicators/<id>` and `/embed/<id>`, in
 * the English tree the floors are drawn from) and the home page: what "every page" means for
 * the chart-visible target.
 */
export function everyChartPage(distDir: string): string[] {
  const chartPages = CHART_PAGE_KINDS.flatMap((kind) =>
    readdirSync(path.join(distDir, kind))
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => `/${kind}/${file.slice(0, -'.html'.length)}`),
  );
  if (chartPages.length === 0) throw new Error(`no indicator pages or embeds in ${distDir}`);
  return [...chartPages, '/'];
}

/** The pages to measure: listed paths, or every chart page of the build (known once it is built). */
export type PageSelection = readonly string[] | 'all';

/**
 * `--pages`: a comma-separated list of paths, or `all` for every chart page of the build (see
 * `everyChartPage`); without the option, `fallback`. Read before the build, so that a typo
 * fails at once.
 */
export function parsePagesOption(
  fallback: readonly string[],
  args: readonly string[] = process.argv.slice(2),
): PageSelection {
  if (!args.includes('--pages')) return fallback;
  const option = cliOption('--pages', args) ?? '';
  if (option === 'all') return 'all';
  const pages = option.split(',').filter((page) => page !== '');
  const notPaths = pages.filter((page) => !page.startsWith('/'));
  if (pages.length === 0 || notPaths.length > 0) {
    throw new Error(
      `--pages takes "all" or paths separated by commas, each starting with "/", got ${JSON.stringify(option)}`,
    );
  }
  return pages;
}

/**
 * The paths a selection stands for in the build in `distDir`. A listed indicator page or
 * embed must be in the build: its floor is drawn from its built HTML, which would otherwise
 * fail as an unexplained missing file.
 */
export function resolvePages(selection: PageSelection, distDir: string): string[] {
  if (selection === 'all') return everyChartPage(distDir);
  const notBuilt = selection.filter((pagePath) => {
    const chartPage = chartPageOf(pagePath);
    return chartPage && !existsSync(path.join(distDir, chartPage.folder, `${chartPage.id}.html`));
  });
  if (notBuilt.length > 0) {
    throw new Error(
      `--pages: ${notBuilt.join(', ')} ${notBuilt.length === 1 ? 'is' : 'are'} not in the build ` +
        `(${distDir}): no such indicator, or a build older than its data`,
    );
  }
  return [...selection];
}

/** Where the benchmark serves a page's copy without scripts. */
export const withoutScriptsPath = (pagePath: string): string => `${WITHOUT_SCRIPTS}${pagePath}`;

/**
 * The order of one run's loads: each floor followed by the pages set against it, an app page
 * by its copy without scripts, so that the loads a ratio pairs come moments apart even when a
 * run measures every page.
 */
export const loadOrder = (
  floors: readonly string[],
  measuredPages: readonly string[],
  appPages: readonly string[],
): string[] =>
  floors.flatMap((floor) => [
    floor,
    ...measuredPages
      .filter((pagePath) => floorPathFor(pagePath) === floor)
      .flatMap((pagePath) =>
        appPages.includes(pagePath) ? [pagePath, withoutScriptsPath(pagePath)] : [pagePath],
      ),
  ]);
