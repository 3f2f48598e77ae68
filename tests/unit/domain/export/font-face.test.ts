import { describe, expect, it } from 'vitest';
import { fontFaceCss, subsetsFor } from '../../../../src/domain/export/font-face';

describe(subsetsFor, () => {
  it.each([
    ['Deaths 2023 – 45.5 %', ['latin']],
    ['Смерти 2023', ['latin', 'cyrillic']],
    ['Қылмыстық кодекс', ['latin', 'cyrillic', 'cyrillic-ext']],
  ])('%s needs %j', (text, subsets) => {
    expect(subsetsFor(text)).toEqual(subsets);
  });
});

describe(fontFaceCss, () => {
  it('writes one rule per face, with its weight, data URL and range', () => {
    const css = fontFaceCss([
      { subset: 'latin', weight: 400, dataUrl: 'data:font/woff2;base64,AA' },
      { subset: 'cyrillic', weight: 700, dataUrl: 'data:font/woff2;base64,BB' },
    ]);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(
      "font-weight:400;src:url(data:font/woff2;base64,AA) format('woff2');unicode-range:U+0000-00FF",
    );
    expect(css).toContain(
      "font-weight:700;src:url(data:font/woff2;base64,BB) format('woff2');unicode-range:U+0301,U+0400-045F",
    );
  });
});
