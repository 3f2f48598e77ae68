import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** Where the benchmarks serve the floors: `${FLOOR}/<indicator id>`. */
export const FLOOR = '/__floor__';

/**
 * The indicator whose chart the peer libraries draw, and so the floor of every page that has
 * no indicator of its own (the home page, the peers).
 */
export const DEFAULT_FLOOR_INDICATOR = 'prison-mortality';
export const DEFAULT_FLOOR = `${FLOOR}/${DEFAULT_FLOOR_INDICATOR}`;

/**
 * The floor a page is measured against: the static page of its own indicator's chart, "the
 * same chart as static HTML". The cells page's target chart has two panels; a floor of the
 * deaths chart's one would charge that page for its chart, not for what the app adds around it.
 */
export function floorPathFor(pagePath: string): string {
  return `${FLOOR}/${chartPageOf(pagePath)?.id ?? DEFAULT_FLOOR_INDICATOR}`;
}

/** An indicator page's or embed's folder in the build and indicator id; null for other pages. */
export function chartPageOf(
  pagePath: string,
): { folder: 'indicators' | 'embed'; id: string } | null {
  const match = /^\/(indicators|embed)\/([^/]+)$/.exec(pagePath);
  return match ? { folder: match[1] as 'indicators' | 'embed', id: match[2] ?? '' } : null;
}

export const isFloorPath = (pagePath: string): boolean => pagePath.startsWith(`${FLOOR}/`);

/** The indicator whose chart a floor shows. */
export const floorIndicator = (floorPath: string): string => floorPath.slice(FLOOR.length + 1);

/** How the benchmarks' tables name a floor. */
export const floorLabel = (floorPath: string): string =>
  `static floor of ${floorIndicator(floorPath)} (inline SVG)`;

/**
 * A static floor: bench/floor.html with an indicator page's heading and its chart, as the
 * build drew it for wide screens: each panel's title and inline SVG. A page that does
 * nothing but show that chart.
 */
export function floorPage(root: string, indicatorId = DEFAULT_FLOOR_INDICATOR): string {
  const built = path.join(root, 'dist/indicators', `${indicatorId}.html`);
  const document = new JSDOM(readFileSync(built, 'utf8')).window.document;
  // Text as HTML, escaped by the DOM's own serialiser.
  const scratch = document.createElement('p');
  const asHtml = (text: string): string => {
    scratch.textContent = text;
    return scratch.innerHTML;
  };
  const chart = [
    ...document.querySelectorAll('.static-wide .panel-title, .static-wide svg.recharts-surface'),
  ].map((node) =>
    node.localName === 'svg' ? node.outerHTML : `<p>${asHtml(node.textContent ?? '')}</p>`,
  );
  if (!chart.some((part) => part.startsWith('<svg'))) {
    throw new Error(`no prerendered chart in ${path.relative(root, built)}`);
  }
  const heading = asHtml(document.querySelector('h1')?.textContent ?? indicatorId);
  return readFileSync(path.join(root, 'bench/floor.html'), 'utf8')
    .replaceAll('<!--HEADING-->', heading)
    .replace('<!--CHART-->', chart.join('\n'));
}

/** Floors (paths from `floorPathFor`) keyed by the path the benchmarks serve each at. */
export function floorPages(root: string, floorPaths: string[]): Record<string, string> {
  return Object.fromEntries(
    floorPaths.map((floor) => [floor, floorPage(root, floorIndicator(floor))]),
  );
}
