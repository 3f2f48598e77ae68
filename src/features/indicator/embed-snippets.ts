import { escapeAttribute } from '../../domain/escape-attribute';
import { PUBLISHED_CHART_CSS_WIDTH } from '../../domain/published-images';

/**
 * The interactive embed: an iframe with a title (given whole, in the page's language:
 * "Chart: …"), and the small script that sizes it to the chart (public/embed-resize.js).
 */
export function iframeSnippet({
  embedUrl,
  scriptUrl,
  title,
}: {
  embedUrl: string;
  scriptUrl: string;
  title: string;
}): string {
  return [
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(scriptUrl)}" async></script>`,
  ].join('\n');
}

/**
 * The static embed, for print, email and pages that allow no scripts: the chart's PNG
 * (drawn at twice its size) linking to its page. The width attribute is the image's CSS
 * width, for clients that ignore styles (Outlook); `max-width` and `height:auto` shrink it
 * to narrow columns without distortion. Its height differs by chart, so it is left to the
 * image.
 */
export function imageSnippet({
  pageUrl,
  imageUrl,
  alt,
}: {
  pageUrl: string;
  imageUrl: string;
  alt: string;
}): string {
  return `<a href="${escapeAttribute(pageUrl)}"><img src="${escapeAttribute(imageUrl)}" alt="${escapeAttribute(alt)}" width="${PUBLISHED_CHART_CSS_WIDTH}" style="max-width:100%;height:auto;border:0"></a>`;
}
