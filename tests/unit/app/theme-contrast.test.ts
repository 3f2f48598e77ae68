import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, type ChartPalette } from '../../../src/charts/series-style';
import { contrastRatio, parseColor } from '../../support/contrast';
import { cssRules, declarations, splitArguments, type CssRule } from '../../support/css-rules';

// Both themes' colours are read from the stylesheet itself (each token in :root is a colour
// or light-dark(light, dark)) and the chart palettes from series-style.ts, so changing any
// of them to a colour with too little contrast fails here.

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/app/styles.css'), 'utf8');
const rules = cssRules(css);
const rootRule = rules.find((rule) => rule.prelude === ':root');
const tokens = new Map(
  [...declarations(rootRule?.body ?? '')].filter(([property]) => property.startsWith('--')),
);

/** A token's colour in one theme, following var() references and picking from light-dark(). */
function token(name: string, theme: Theme, depth = 0): string {
  const raw = tokens.get(name);
  if (raw === undefined) throw new Error(`styles.css :root has no ${name}`);
  if (depth > 10) throw new Error(`${name}: var() references loop`);
  return resolve(raw, theme, depth);
}

function resolve(value: string, theme: Theme, depth: number): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
  if (reference !== undefined) return token(reference, theme, depth + 1);
  const pair = /^light-dark\(([\s\S]*)\)$/.exec(value)?.[1];
  if (pair !== undefined) {
    const [light, dark, ...rest] = splitArguments(pair);
    if (light === undefined || dark === undefined || rest.length > 0)
      throw new Error(`light-dark() takes two colours: ${value}`);
    return resolve(theme === 'light' ? light : dark, theme, depth);
  }
  return value;
}

/** The declarations of the rule with exactly this selector, inside `within` (top level by default). */
function ruleFor(selector: RegExp, within: CssRule[] = rules): Map<string, string> | undefined {
  const rule = within.find((r) => selector.test(r.prelude));
  return rule && declarations(rule.body);
}

// Text on a background: WCAG 1.4.3 asks 4.5:1 for body text.
const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  ['--text', '--surface'],
  ['--text', '--surface-alt'],
  ['--muted', '--surface'],
  ['--muted', '--surface-alt'],
  ['--accent', '--surface'],
  ['--accent', '--surface-alt'],
  ['--accent-strong', '--surface'],
  ['--accent-strong', '--surface-alt'],
  ['--on-accent', '--accent'],
  ['--on-accent', '--accent-strong'],
  ['--text', '--mark'],
  ['--text', '--mark-strong'],
  ['--text', '--error-surface'],
  ['--error', '--error-surface'],
  ['--error', '--surface'],
  ['--text', '--target-surface'],
  ['--ok', '--surface'],
  ['--warn', '--surface'],
  ['--chart-axis', '--chart-surface'],
  ['--chart-label', '--chart-surface'],
];

// Graphical objects and focus indicators: WCAG 1.4.11 asks 3:1 against what is next to them.
const GRAPHIC_PAIRS: readonly (readonly [string, string])[] = [
  ['--focus', '--surface'],
  ['--chart-series-0', '--chart-surface'],
  ['--chart-series-1', '--chart-surface'],
  ['--chart-series-2', '--chart-surface'],
  ['--chart-series-3', '--chart-surface'],
  ['--chart-target', '--chart-surface'],
  ['--chart-required', '--chart-surface'],
  ['--chart-total', '--chart-surface'],
];

/** Which CSS token carries each colour of a chart palette. */
function paletteTokens(palette: ChartPalette): [string, string][] {
  return [
    ...palette.series.map((color, index): [string, string] => [`--chart-series-${index}`, color]),
    ['--chart-target', palette.target],
    ['--chart-required', palette.required],
    ['--chart-total', palette.total],
    ['--chart-surface', palette.surface],
    ['--chart-grid', palette.grid],
    ['--chart-axis', palette.axis],
    ['--chart-label', palette.label],
    ['--chart-cursor', palette.cursor],
  ];
}

describe('theme colours in styles.css', () => {
  it('defines every token as a colour in both themes', () => {
    expect(tokens.size).toBeGreaterThan(20);
    for (const theme of THEMES) {
      for (const name of tokens.keys()) expect(() => parseColor(token(name, theme))).not.toThrow();
    }
  });

  it.each(THEMES)('gives text at least 4.5:1 against its background (%s)', (theme) => {
    const failures = TEXT_PAIRS.flatMap(([fg, bg]) => {
      const ratio = contrastRatio(token(fg, theme), token(bg, theme));
      return ratio >= 4.5 ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)}`];
    });
    expect(failures).toEqual([]);
  });

  it.each(THEMES)('gives chart marks and focus rings at least 3:1 (%s)', (theme) => {
    const failures = GRAPHIC_PAIRS.flatMap(([fg, bg]) => {
      const ratio = contrastRatio(token(fg, theme), token(bg, theme));
      return ratio >= 3 ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)}`];
    });
    expect(failures).toEqual([]);
  });

  it('lets the theme follow the reader, a forced data-theme, and print in light', () => {
    expect(declarations(rootRule?.body ?? '').get('color-scheme')).toBe('light dark');
    expect(ruleFor(/^:root\[data-theme='dark'\]$/)?.get('color-scheme')).toBe('dark');
    expect(ruleFor(/^:root\[data-theme='light'\]$/)?.get('color-scheme')).toBe('light');
    const print = rules.filter((rule) => rule.prelude === '@media print');
    const printRoot = print
      .map((rule) => ruleFor(/^:root,\s*:root\[data-theme\]$/, cssRules(rule.body)))
      .find((found) => found !== undefined);
    expect(printRoot?.get('color-scheme')).toBe('light');
  });

  it('writes no colour outside the tokens, so both themes cover every rule', () => {
    const colour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|light-dark)\(/i;
    // Style rules at any depth: at-rules (@media …) hold rules of their own.
    const styleRules = (list: CssRule[]): CssRule[] =>
      list.flatMap((rule) =>
        rule.prelude.startsWith('@') ? styleRules(cssRules(rule.body)) : [rule],
      );
    const offenders = styleRules(rules)
      .filter((rule) => rule !== rootRule && colour.test(rule.body))
      .map((rule) => rule.prelude);
    expect(offenders).toEqual([]);
  });
});

describe('chart palettes', () => {
  it('match the chart tokens of styles.css, light and dark', () => {
    for (const [theme, palette] of [
      ['light', LIGHT_PALETTE],
      ['dark', DARK_PALETTE],
    ] as const) {
      for (const [name, color] of paletteTokens(palette)) {
        expect({ name, theme, color: token(name, theme).toLowerCase() }).toEqual({
          name,
          theme,
          color: color.toLowerCase(),
        });
      }
    }
  });

  it.each([
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const)('stand out from the chart background: marks 3:1, text 4.5:1 (%s)', (_, palette) => {
    const marks = [...palette.series, palette.target, palette.required, palette.total];
    for (const color of marks)
      expect(contrastRatio(color, palette.surface)).toBeGreaterThanOrEqual(3);
    for (const color of [palette.axis, palette.label])
      expect(contrastRatio(color, palette.surface)).toBeGreaterThanOrEqual(4.5);
  });
});
