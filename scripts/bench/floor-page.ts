import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** Where the benchmarks serve the floor. */
export const FLOOR = '/__floor__';

/**
 * The static floor: bench/floor.html with the chart of /indicators/prison-mortality, as the
 * build drew it, as inline SVG; a page that does nothing but show that chart.
 */
export function floorPage(root: string): string {
  const built = path.join(root, 'dist/indicators/prison-mortality.html');
  const page = readFileSync(built, 'utf8');
  const svg = new JSDOM(page).window.document.querySelector('.static-wide svg.recharts-surface');
  if (!svg) throw new Error(`no prerendered chart in ${path.relative(root, built)}`);
  return readFileSync(path.join(root, 'bench/floor.html'), 'utf8').replace(
    '<!--CHART-->',
    svg.outerHTML,
  );
}
