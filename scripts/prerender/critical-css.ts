import Beasties from 'beasties';

/**
 * Inlines, in each page's head, only the rules that match the page's own prerendered markup,
 * and moves the full stylesheet's link to the end of the body, where it arrives after the
 * content and before the app's scripts run (a script waits for the stylesheets above it).
 * The full stylesheet, which the interactive states and the other routes need, is then one
 * cached file instead of 4 kB gzipped in every page, and an article with several of our
 * embeds loads it once. (The first paint did not measurably change: README, Performance.)
 *
 * Rules on the root element stay inline whatever the markup: the embed's forced theme
 * (`:root[data-theme]`) is set by script, so the prerendered markup never shows it.
 */
export function criticalCss(distDir: string, basePath: string): (html: string) => Promise<string> {
  const beasties = new Beasties({
    path: distDir,
    publicPath: basePath,
    // At the end of the body, not `media="print" onload=…`: the policy forbids inline handlers.
    preload: 'body',
    // Kept whole: the link still loads the full file, which a later route needs.
    pruneSource: false,
    // The only inline styles are the ones this step writes.
    reduceInlineStyles: false,
    inlineFonts: false,
    preloadFonts: false,
    allowRules: [/^:root/],
    logLevel: 'warn',
  });
  return (html) => beasties.process(html);
}
