/** A font file to embed: one weight of one subset of Noto Sans, as a data URL. */
export interface EmbeddedFace {
  weight: 400 | 700;
  subset: 'latin' | 'cyrillic' | 'cyrillic-ext';
  dataUrl: string;
}

// The subsets' ranges as Fontsource declares them, so a renderer fetches (here: decodes)
// only the face whose range holds a character.
const UNICODE_RANGES: Record<EmbeddedFace['subset'], string> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  // Kazakh letters (ә, ғ, қ, ң, ө, ү, һ) are in the extended set.
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
};

/**
 * `@font-face` rules that embed Noto Sans in an exported SVG, so that it renders with the
 * same font in any viewer (SVG used as an image may load no external file).
 */
export function fontFaceCss(faces: readonly EmbeddedFace[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${face.weight};` +
        `src:url(${face.dataUrl}) format('woff2');unicode-range:${UNICODE_RANGES[face.subset]}}`,
    )
    .join('');
}

type CodePointRange = readonly [number, number];
const CYRILLIC: readonly CodePointRange[] = [
  [0x0400, 0x045f],
  [0x0490, 0x0491],
  [0x04b0, 0x04b1],
  [0x2116, 0x2116],
];
const CYRILLIC_EXT: readonly CodePointRange[] = [
  [0x0460, 0x052f],
  [0x1c80, 0x1c8a],
  [0x20b4, 0x20b4],
  [0x2de0, 0x2dff],
  [0xa640, 0xa69f],
];

function uses(text: string, ranges: readonly CodePointRange[]): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (ranges.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/**
 * The subsets an image's text needs: Latin always (numbers, punctuation), Cyrillic and its
 * extension (Kazakh) only when a character of theirs appears, since each adds 7–22 kB.
 */
export function subsetsFor(text: string): EmbeddedFace['subset'][] {
  return [
    'latin',
    ...(uses(text, CYRILLIC) ? (['cyrillic'] as const) : []),
    ...(uses(text, CYRILLIC_EXT) ? (['cyrillic-ext'] as const) : []),
  ];
}
