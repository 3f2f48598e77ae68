import { THEMES } from '../../src/domain/theme';

/**
 * An embed's forced theme (`?theme=light|dark`, `src/domain/theme.ts`), set on `<html>` as
 * `data-theme`, which styles.css reads, by the page's head before its first paint. The page
 * is prerendered once for every query string, and the app's entry comes after the content
 * so that it does not delay the chart (README, Performance), so without this the reader's
 * own theme would show until the app had loaded: about 0.2 s on the slow profile with the
 * entry in the head, 0.4 s with it at the end. The only inline script a page carries; its
 * hash is in the page's Content-Security-Policy. Classic script, no modules: it has to run
 * as the head is parsed. `main.tsx` does the same for pages that are not prerendered.
 */
export const FORCED_THEME_SCRIPT = `(function(){var t=new URLSearchParams(location.search).get('theme');if(${JSON.stringify(THEMES)}.indexOf(t)>=0)document.documentElement.setAttribute('data-theme',t)})()`;

/** The page with the forced-theme script as the last element of its head. */
export function withForcedThemeScript(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) throw new Error('the page has no </head>');
  return `${html.slice(0, headEnd)}  <script>${FORCED_THEME_SCRIPT}</script>\n  ${html.slice(headEnd)}`;
}
