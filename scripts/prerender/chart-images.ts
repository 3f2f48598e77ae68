import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import { SITE_NAME } from '../../src/app/site';
import { chartImageLegend } from '../../src/charts/chart-image-legend';
import { chartPanelsFrom } from '../../src/charts/chart-markup';
import { composeChartImage, type ChartImageLayout } from '../../src/domain/export/chart-image';
import { chartImageText } from '../../src/domain/export/chart-image-text';
import { subsetsFor } from '../../src/domain/export/font-face';
import type { Indicator } from '../../src/domain/model';
import type { Locale } from '../../src/domain/translate';
import {
  PUBLISHED_CHART_CSS_WIDTH,
  PUBLISHED_CHART_SCALE,
  publishedImagePath,
} from '../../src/domain/published-images';
import { imageFontCss } from './image-font-css';

const require = createRequire(import.meta.url);

// resvg reads no @font-face data URL: it draws the text with these TTF files of the same
// font, and no system font, so the PNGs are the same on every machine.
const RESVG_FONTS: ResvgRenderOptions['font'] = {
  fontFiles: [
    require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  ],
  loadSystemFonts: false,
  defaultFontFamily: 'Noto Sans',
};

export interface ChartImageFile {
  /** Relative to the site's root: `images/<id>-chart.png`. */
  path: string;
  content: Buffer | string;
}

export interface PublishedChartImages {
  files: ChartImageFile[];
  /** The standard image's size in CSS pixels (its PNG has twice as many). */
  width: number;
  height: number;
}

function rasterise(svg: string, zoom: number): Buffer {
  return new Resvg(svg, { font: RESVG_FONTS, fitTo: { mode: 'zoom', value: zoom } })
    .render()
    .asPng();
}

/**
 * An indicator's published images, composed from its page's main chart as prerendered
 * (`chartMarkup`: the chart slot's markup, both widths; the wide drawing is used) with
 * every series shown: the standard image as SVG (fonts embedded) and as PNG at 2×, and the
 * 1200×630 social card as PNG. Nothing in them depends on the time or the machine, so a
 * rebuild of the same data gives the same bytes.
 */
export function chartImages(
  indicator: Indicator,
  chartMarkup: string,
  locale: Locale,
): PublishedChartImages {
  const { meta } = indicator;
  const panels = chartPanelsFrom(JSDOM.fragment(chartMarkup));
  if (panels.length === 0) {
    throw new Error(`${meta.id}: the prerendered chart has no drawing to make an image of`);
  }
  const visible = meta.chart.series;
  const text = chartImageText(indicator, visible, locale, SITE_NAME);
  const legend = chartImageLegend(meta, visible, locale);
  const compose = (layout: ChartImageLayout, fontFaceCss: string) =>
    composeChartImage({ layout, panels, text, legend, fontFaceCss });
  // The SVG embeds the subsets of the font its text needs (resvg ignores them and uses the
  // TTFs above, so the PNG is the same drawing); the social card is published as PNG only.
  const draft = compose('standard', '');
  const standard = compose('standard', imageFontCss(subsetsFor(draft.svg)));
  const social = compose('social', '');
  if (standard.width !== PUBLISHED_CHART_CSS_WIDTH) {
    throw new Error(
      `${meta.id}: the chart image is ${standard.width} px wide, but the image embed code ` +
        `states ${PUBLISHED_CHART_CSS_WIDTH} (PUBLISHED_CHART_CSS_WIDTH in ` +
        'src/domain/published-images.ts): make them agree',
    );
  }
  return {
    files: [
      { path: publishedImagePath(meta.id, 'chart-svg', locale.language), content: standard.svg },
      {
        path: publishedImagePath(meta.id, 'chart-png', locale.language),
        content: rasterise(standard.svg, PUBLISHED_CHART_SCALE),
      },
      {
        path: publishedImagePath(meta.id, 'social-png', locale.language),
        content: rasterise(social.svg, 1),
      },
    ],
    width: standard.width,
    height: standard.height,
  };
}

/** Writes an indicator's images under `distDir` and logs them on one line. */
export function writeChartImages(
  distDir: string,
  indicator: Indicator,
  chartMarkup: string,
  locale: Locale,
) {
  const images = chartImages(indicator, chartMarkup, locale);
  for (const file of images.files) {
    const target = path.join(distDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  console.log(
    `images of ${indicator.meta.id} → ${images.files.map((f) => `dist/${f.path}`).join(', ')} ` +
      `(${images.width}×${images.height} at ${PUBLISHED_CHART_SCALE}×)`,
  );
}
