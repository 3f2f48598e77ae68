import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontFaceCss, type EmbeddedFace } from '../../src/domain/export/font-face';

const require = createRequire(import.meta.url);

/** The WOFF2 file of one weight of one Noto Sans subset, as Fontsource ships it. */
export function fontsourceFile(subset: EmbeddedFace['subset'], weight: EmbeddedFace['weight']) {
  return require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
}

const cache = new Map<string, string>();

/**
 * `@font-face` rules embedding the regular and bold faces of the given subsets as base64 data
 * URLs, read from node_modules: the build's counterpart of the browser export's
 * `src/charts/export/image-fonts.ts`, with the same rules (`fontFaceCss`), so an SVG the build
 * publishes and one a reader exports carry the same fonts.
 */
export function imageFontCss(subsets: readonly EmbeddedFace['subset'][]): string {
  const key = subsets.join(',');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const faces = subsets.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      subset,
      weight,
      dataUrl: `data:font/woff2;base64,${readFileSync(fontsourceFile(subset, weight)).toString('base64')}`,
    })),
  );
  const css = fontFaceCss(faces);
  cache.set(key, css);
  return css;
}
