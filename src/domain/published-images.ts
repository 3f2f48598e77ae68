/**
 * The chart images the build publishes for every indicator (`scripts/prerender/chart-images.ts`)
 * and that the page's embed code and social preview tags point to: one place for their
 * addresses and sizes, shared by the build and the browser.
 */
import { DEFAULT_LANGUAGE, type Language } from './language';

export type PublishedImage = 'chart-png' | 'chart-svg' | 'social-png';

const FILE_SUFFIX: Record<PublishedImage, string> = {
  'chart-png': '-chart.png',
  'chart-svg': '-chart.svg',
  'social-png': '-social.png',
};

/** The folder under the site's root (its base path) that holds the images. */
export const PUBLISHED_IMAGES_DIR = 'images';

/**
 * `images/<id>-chart.png` in English, `images/ru/<id>-chart.png` in another language: relative
 * to the site's root, never to the current page.
 */
export function publishedImagePath(
  indicatorId: string,
  image: PublishedImage,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const folder =
    language === DEFAULT_LANGUAGE ? PUBLISHED_IMAGES_DIR : `${PUBLISHED_IMAGES_DIR}/${language}`;
  return `${folder}/${indicatorId}${FILE_SUFFIX[image]}`;
}

/** The standard PNG is drawn at twice its CSS size, sharp on high-density screens and in print. */
export const PUBLISHED_CHART_SCALE = 2;

/**
 * The standard image's width in CSS pixels: the wide prerendered chart (720) and the image's
 * margins. Every indicator's image has it (the build fails otherwise), so an `<img>` snippet
 * can state it without knowing the indicator; heights differ and follow from the width.
 */
export const PUBLISHED_CHART_CSS_WIDTH = 768;

/** The text alternative of a chart image: its title and what it shows. */
export function chartImageAlt(title: string, description: string): string {
  return description === '' ? title : `${title}: ${description}`;
}
