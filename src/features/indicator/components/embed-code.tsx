import { useQuery } from '@tanstack/react-query';
import { memo, useId, type ReactElement } from 'react';
import { useHref } from 'react-router';
import { chartImageAlt, publishedImagePath } from '../../../domain/published-images';
import { useHydrated } from '../../../ui/use-hydrated';
import { iframeSnippet, imageSnippet } from '../embed-snippets';
import { indicatorQueryOptions } from '../queries';

/**
 * The code to embed this chart: an iframe that stays interactive, and the chart as an image
 * (the PNG the build publishes) for print and email. Addresses become absolute once the page
 * knows its origin (after hydration; the prerendered page shows them relative to the site).
 */
export const EmbedCode = memo(function EmbedCode({
  id,
  title,
}: {
  id: string;
  title: string;
}): ReactElement {
  const hydrated = useHydrated();
  // The page has already loaded the indicator (it renders only once it has), so this reads
  // the cache, on the server as in the browser: no request, no hydration difference.
  const { data: subtitle = '' } = useQuery({
    ...indicatorQueryOptions(id),
    select: (indicator) => indicator.meta.subtitle,
  });
  const pagePath = useHref(`/indicators/${id}`);
  const embedPath = useHref(`/embed/${id}`);
  const scriptPath = useHref('/embed-resize.js');
  const imagePath = useHref(`/${publishedImagePath(id, 'chart-png')}`);
  const iframeId = useId();
  const iframeHelpId = useId();
  const imageId = useId();
  const imageHelpId = useId();
  const absolute = (path: string): string =>
    hydrated ? new URL(path, window.location.origin).href : path;
  const iframeCode = iframeSnippet({
    embedUrl: absolute(embedPath),
    scriptUrl: absolute(scriptPath),
    title,
  });
  const imageCode = imageSnippet({
    pageUrl: absolute(pagePath),
    imageUrl: absolute(imagePath),
    alt: chartImageAlt(title, subtitle),
  });
  return (
    <details className="embed-code">
      <summary>Embed this chart</summary>
      <p id={iframeHelpId}>
        Paste this into your page. The chart keeps its title, source line and a link back here, and
        its height follows its content at any width from 280 px.
      </p>
      <label htmlFor={iframeId}>Embed code: interactive chart</label>
      <textarea
        id={iframeId}
        readOnly
        rows={4}
        value={iframeCode}
        aria-describedby={iframeHelpId}
      />
      <p id={imageHelpId}>
        For print, email or a page that allows no scripts: the chart as an image, with its title,
        notes and source line, linking back here.
      </p>
      <label htmlFor={imageId}>Embed code: chart image</label>
      <textarea id={imageId} readOnly rows={3} value={imageCode} aria-describedby={imageHelpId} />
    </details>
  );
});
