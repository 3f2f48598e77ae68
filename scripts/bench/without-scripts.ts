import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** Where the benchmark serves each page's copy without its scripts. */
export const WITHOUT_SCRIPTS = '/__without-scripts__';

/**
 * A built page as a reader with JavaScript turned off gets it, and still a page the
 * benchmark's own script can measure: every `<script>` that would run and every module
 * preload cut out of the HTML, byte for byte, and the rest left as built (its inert JSON
 * data included, as that reader downloads it too). Beside the page itself, it tells what the
 * app's scripts cost before the chart is on screen from what the page's content costs.
 */
export function withoutScripts(html: string): string {
  const dom = new JSDOM(html, { includeNodeLocations: true });
  const { document } = dom.window;
  const runnable = [...document.querySelectorAll('script')].filter(
    (script) => script.type !== 'application/json',
  );
  const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')];
  const cuts = [...runnable, ...preloads].map((element) => {
    const location = dom.nodeLocation(element);
    if (!location) throw new Error(`no source location for <${element.localName}>`);
    return location;
  });
  if (runnable.length === 0) throw new Error('a built page without any script to cut');
  return cuts
    .sort((a, b) => b.startOffset - a.startOffset)
    .reduce(
      (page, { startOffset, endOffset }) => page.slice(0, startOffset) + page.slice(endOffset),
      html,
    );
}

/** Each page's copy without its scripts, keyed by the path the benchmark serves it at. */
export function withoutScriptsPages(distDir: string, pagePaths: string[]): Record<string, string> {
  return Object.fromEntries(
    pagePaths.map((pagePath) => {
      const file = path.join(distDir, pagePath === '/' ? 'index.html' : `${pagePath}.html`);
      if (!existsSync(file)) {
        throw new Error(
          `${pagePath}: no built page at ${path.relative(process.cwd(), file)}, so no such page to measure`,
        );
      }
      return [`${WITHOUT_SCRIPTS}${pagePath}`, withoutScripts(readFileSync(file, 'utf8'))];
    }),
  );
}
