// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontsourceFile, imageFontCss } from '../../../scripts/prerender/image-font-css';

const require = createRequire(import.meta.url);
// Fontsource's own declaration of each subset's range, as its CSS files use it.
const fontsourceRanges = JSON.parse(
  readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8'),
) as Record<string, string>;

interface Face {
  weight: string;
  dataUrl: string;
  range: string;
}

function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body = '']) => ({
    weight: /font-weight:(\d+)/.exec(body)?.[1] ?? '',
    dataUrl: /src:url\(([^)]*)\)/.exec(body)?.[1] ?? '',
    range: /unicode-range:([^;}]*)/.exec(body)?.[1] ?? '',
  }));
}

describe(imageFontCss, () => {
  it('embeds the regular and bold Latin and Cyrillic files as base64 WOFF2, byte for byte', () => {
    const found = faces(imageFontCss(['latin', 'cyrillic']));
    const expected = (['latin', 'cyrillic'] as const).flatMap((subset) =>
      (['400', '700'] as const).map((weight) => ({
        weight,
        dataUrl: `data:font/woff2;base64,${readFileSync(fontsourceFile(subset, Number(weight) as 400 | 700)).toString('base64')}`,
        range: fontsourceRanges[subset],
      })),
    );
    expect(found).toEqual(expected);
    for (const face of found) {
      const bytes = Buffer.from(face.dataUrl.split(',')[1] ?? '', 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });

  it('declares the font the image text asks for', () => {
    expect(imageFontCss(['latin'])).toMatch(/^@font-face\{font-family:'Noto Sans';/);
  });
});
