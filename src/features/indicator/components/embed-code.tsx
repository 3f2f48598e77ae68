import { useQuery } from '@tanstack/react-query';
import { memo, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format/number';
import { localiseIndicatorMeta } from '../../../domain/localise';
import { chartImageAlt, publishedImagePath } from '../../../domain/published-images';
import { useAssetHref, useShareHref, useSitePaths } from '../../../ui/site-paths';
import { useHydrated } from '../../../ui/use-hydrated';
import { iframeSnippet, imageSnippet } from '../embed-snippets';
import { indicatorQueryOptions } from '../queries';

/** The narrowest width at which the embedded chart still reads well, in CSS pixels. */
const MIN_EMBED_WIDTH = 280;

/**
 * The code to embed this chart: an iframe that stays interactive, and the chart as an image
 * (the PNG the build publishes) for print and email, both in the page's language (their
 * addresses name it, so an embed made from the Russian page stays Russian). Addresses become
 * absolute once the page knows its origin (after hydration; the prerendered page shows them
 * relative to the site).
 */
export const EmbedCode = memo(function EmbedCode({
  id,
  title,
}: {
  id: string;
  /** The chart's title in the page's language. */
  title: string;
}): ReactElement {
  const { t } = useTranslation('indicator');
  const { language } = useSitePaths();
  const hydrated = useHydrated();
  // The page has already loaded the indicator (it renders only once it has), so this reads
  // the cache, on the server as in the browser: no request, no hydration difference.
  const { data: subtitle = '' } = useQuery({
    ...indicatorQueryOptions(id),
    select: (indicator) => localiseIndicatorMeta(indicator.meta, language).subtitle,
  });
  const pagePath = useShareHref(`/indicators/${id}`);
  const embedPath = useShareHref(`/embed/${id}`);
  const scriptPath = useAssetHref('/embed-resize.js');
  const imagePath = useAssetHref(`/${publishedImagePath(id, 'chart-png', language)}`);
  const iframeId = useId();
  const iframeHelpId = useId();
  const imageId = useId();
  const imageHelpId = useId();
  const absolute = (path: string): string =>
    hydrated ? new URL(path, window.location.origin).href : path;
  const iframeCode = iframeSnippet({
    embedUrl: absolute(embedPath),
    scriptUrl: absolute(scriptPath),
    title: t('embedCode.frameTitle', { title }),
  });
  const imageCode = imageSnippet({
    pageUrl: absolute(pagePath),
    imageUrl: absolute(imagePath),
    alt: chartImageAlt(title, subtitle),
  });
  return (
    <details className="embed-code">
      <summary>{t('embedCode.summary')}</summary>
      <p id={iframeHelpId}>
        {t('embedCode.iframeHelp', { width: formatNumber(MIN_EMBED_WIDTH, language) })}
      </p>
      <label htmlFor={iframeId}>{t('embedCode.iframeLabel')}</label>
      <textarea
        id={iframeId}
        readOnly
        rows={4}
        value={iframeCode}
        aria-describedby={iframeHelpId}
      />
      <p id={imageHelpId}>{t('embedCode.imageHelp')}</p>
      <label htmlFor={imageId}>{t('embedCode.imageLabel')}</label>
      <textarea id={imageId} readOnly rows={3} value={imageCode} aria-describedby={imageHelpId} />
    </details>
  );
});
