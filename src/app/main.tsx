import './styles.css';
import { DEFAULT_LANGUAGE, negotiateLanguage, pathInLanguage } from '../domain/language';
import { parseTheme } from '../domain/theme';
import { routerBasename } from './app-basename';
import { embedIdFromPath } from './embed-path';
import { pageLanguage } from './page-language';

// An address without a language ("/checks") leaves the choice to the reader's browser: a
// reader who prefers Russian or Kazakh is sent to that version before anything else loads.
// Shared links always name their language, so they open as they were sent.
const basePath = routerBasename(import.meta.env.BASE_URL);
const address = pageLanguage(window.location.pathname, basePath);
const preferred = negotiateLanguage(navigator.languages);
if (!address.prefixed && preferred !== DEFAULT_LANGUAGE) {
  const { search, hash } = window.location;
  window.location.replace(
    `${basePath}${pathInLanguage(preferred, address.routePath)}${search}${hash}`,
  );
} else {
  const embedded = embedIdFromPath(address.routePath) !== undefined;
  // An embed's forced theme (?theme=dark) first. A built embed's head has set it already,
  // before its first paint (scripts/prerender/forced-theme-script.ts); this covers pages
  // that are not prerendered (the dev server). The embed page sets the same attribute once
  // running, and removes it when it goes.
  const forcedTheme = embedded ? parseTheme(window.location.search) : null;
  if (forcedTheme !== null) document.documentElement.setAttribute('data-theme', forcedTheme);
  // Let the prerendered page paint before the app's JavaScript competes with it for a slow
  // connection: the chart is already in the HTML; React takes over a frame later.
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // An embed starts without the router and the site's pages. Two statements, not one
  // conditional expression: the build preloads an import's chunks by the expression, and a
  // conditional would make every embed preload the site's pages too.
  if (embedded) await import('./embed-start');
  else await import('./start');
}
