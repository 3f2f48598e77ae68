import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  FORCED_THEME_SCRIPT,
  withForcedThemeScript,
} from '../../../scripts/prerender/forced-theme-script';
import { parseTheme } from '../../../src/domain/theme';

/** The theme the script sets on a page opened with `search`. */
function themeSetBy(search: string): string | null {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: `https://example.org/embed/prison-mortality${search}`,
    runScripts: 'outside-only',
  });
  dom.window.eval(FORCED_THEME_SCRIPT);
  return dom.window.document.documentElement.getAttribute('data-theme');
}

describe('FORCED_THEME_SCRIPT', () => {
  // The head script and the app must agree, or the theme would change when the app loads.
  it.each([
    '?theme=dark',
    '?theme=light',
    '?series=a,b&theme=dark',
    '?theme=%64ark',
    '?theme=dark&theme=light',
    '?theme=DARK',
    '?theme=sepia',
    '?theme=',
    '?theme',
    '?themes=dark',
    '',
  ])('sets what parseTheme reads from %j', (search) => {
    expect(themeSetBy(search)).toBe(parseTheme(search));
  });

  it('forces both themes the app knows', () => {
    expect(themeSetBy('?theme=dark')).toBe('dark');
    expect(themeSetBy('?theme=light')).toBe('light');
  });
});

describe(withForcedThemeScript, () => {
  it('puts the script last in the head, before the content', () => {
    const html = withForcedThemeScript(
      '<html><head><style>a{}</style></head><body><p>x</p></body></html>',
    );
    const script = html.indexOf(`<script>${FORCED_THEME_SCRIPT}</script>`);
    expect(script).toBeGreaterThan(html.indexOf('</style>'));
    expect(script).toBeLessThan(html.indexOf('</head>'));
  });

  it('refuses a page without a head', () => {
    expect(() => withForcedThemeScript('<p>x</p>')).toThrow(/<\/head>/);
  });
});
