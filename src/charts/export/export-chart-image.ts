import {
  composeChartImage,
  type ChartImageLayout,
  type ChartMarkup,
} from '../../domain/export/chart-image';
import { chartImageText } from '../../domain/export/chart-image-text';
import { imageFileName } from '../../domain/export/file-names';
import { subsetsFor } from '../../domain/export/font-face';
import type { Indicator } from '../../domain/model';
import type { Locale } from '../../domain/translate';
import { chartImageLegend } from '../chart-image-legend';
import { chartPanelsFrom } from '../chart-markup';
import { embeddedFontCss } from './image-fonts';
import { rasteriseSvg } from './rasterise';

const DRAW_TIMEOUT_MS = 10_000;

/**
 * The chart's panels once it is drawn: a reader may export before the interactive chart
 * (loaded on demand) has replaced its placeholder, so wait for it rather than fail.
 */
function drawnPanels(root: ParentNode & Node, locale: Locale): Promise<ChartMarkup[]> {
  const now = chartPanelsFrom(root);
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const panels = chartPanelsFrom(root);
      if (panels.length === 0) return;
      finish();
      resolve(panels);
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(locale.t('charts:export.notDrawn')));
    }, DRAW_TIMEOUT_MS);
    const finish = (): void => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
  });
}

export type ImageFormat = 'svg' | 'png' | 'social-png';

export interface ExportedImage {
  fileName: string;
  content: Blob;
}

/**
 * The chart on screen as a publication-ready file: SVG, PNG at 2× or the 1200×630 social
 * card, each with its title, notes, source line, licence and the dashboard's name.
 * Loaded on demand, the first time a reader exports an image.
 */
export async function exportChartImage({
  chartRoot,
  indicator,
  visibleSeries,
  locale,
  siteName,
  format,
}: {
  chartRoot: ParentNode & Node;
  indicator: Indicator;
  visibleSeries: readonly string[];
  locale: Locale;
  siteName: string;
  format: ImageFormat;
}): Promise<ExportedImage> {
  if (visibleSeries.length === 0) throw new Error(locale.t('charts:export.noSeries'));
  const panels = await drawnPanels(chartRoot, locale);
  const layout: ChartImageLayout = format === 'social-png' ? 'social' : 'standard';
  const input = {
    layout,
    panels,
    text: chartImageText(indicator, visibleSeries, locale, siteName),
    legend: chartImageLegend(indicator.meta, visibleSeries, locale),
  };
  const draft = composeChartImage({ ...input, fontFaceCss: '' });
  const image = composeChartImage({
    ...input,
    fontFaceCss: await embeddedFontCss(subsetsFor(draft.svg)),
  });
  const extension = format === 'svg' ? 'svg' : 'png';
  const fileName = imageFileName(
    indicator.meta.id,
    visibleSeries,
    indicator.meta.chart.series,
    layout,
    extension,
  );
  const content =
    format === 'svg'
      ? new Blob([image.svg], { type: 'image/svg+xml' })
      : await rasteriseSvg(image.svg, image, format === 'png' ? 2 : 1);
  return { fileName, content };
}
