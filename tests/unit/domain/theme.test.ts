import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTheme, THEMES } from '../../../src/domain/theme';

describe(parseTheme, () => {
  it('reads a forced light or dark theme, with or without the leading "?"', () => {
    expect(parseTheme('?theme=dark')).toBe('dark');
    expect(parseTheme('?series=a,b&theme=light&view=table')).toBe('light');
    expect(parseTheme('theme=dark')).toBe('dark');
  });

  it('follows the reader (null) for no theme, another value, or another case', () => {
    expect(parseTheme('')).toBeNull();
    expect(parseTheme('?series=a')).toBeNull();
    expect(parseTheme('?theme=')).toBeNull();
    expect(parseTheme('?theme=auto')).toBeNull();
    expect(parseTheme('?theme=Dark')).toBeNull();
    expect(parseTheme('?theme=dark%00')).toBeNull();
    expect(parseTheme('?%E0%A4%A=&&==')).toBeNull();
  });

  it('takes the first theme given when there are several', () => {
    expect(parseTheme('?theme=light&theme=dark')).toBe('light');
  });

  it('never throws and returns a theme or null, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const theme = parseTheme(search);
        expect(theme === null || THEMES.includes(theme)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('finds a theme wherever it sits among other, random parameters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string())),
        fc.constantFrom(...THEMES),
        (pairs, theme) => {
          const params = new URLSearchParams(pairs.filter(([key]) => key !== 'theme'));
          params.append('theme', theme);
          expect(parseTheme(`?${params.toString()}`)).toBe(theme);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
