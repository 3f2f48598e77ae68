import { THEMES } from '../../src/domain/theme';

/**
 * An embed's forced theme (`?theme=light|dark`, `src/domain/theme.ts`), set on `<html>` as
 * `data-theme`, which styles.css reads, by the page's head before its first paint. One
 * prerendered file serves every query string, and the app's entry only runs once its
 * files have arrived, so without this the reader's own theme would show first: for about
 * 0.2 s after the first paint on the slow profile. The only inline script a page carries;
 * its hash is in the page's Content-Security-Policy. A classic script, not a module, so that
 * it runs as the head is parsed. `main.tsx` does the same where a page is not prerendered.
 */
export const FORCED_THEME_SCRIPT = `(function(){var t=new URLSearchParams(location.search).get('theme');if(${JSON.stringify(THEMES)}.indexOf(t)>=0)document.documentElement.setAttribute('data-theme',t)})()`;

/** The page with the forced-theme script as the last element of its head. */
export function withForcedThemeScript(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) throw new Error('the page has no </head>');
  return `${html.slice(0, headEnd)}  <script>${FORCED_THEME_SCRIPT}</script>\n  ${html.slice(headEnd)}`;
}
