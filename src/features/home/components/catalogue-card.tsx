import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import { describeError } from '../../../data/describe-error';
import { retryFailedLoads } from '../../../ui/retryable-lazy';
import { localiseIndicatorMeta, localiseTitled } from '../../../domain/localise';
import type { Locale } from '../../../domain/translate';
import { ErrorPanel } from '../../../ui/error-panel';
import { RegionBoundary } from '../../../ui/region-boundary';
import { useNearViewport } from '../../../ui/use-near-viewport';
import { cardQueryOptions } from '../queries';
import { IndicatorCardFigures } from './indicator-card-figures';

/**
 * One entry of the catalogue: its title at once, its figures once the card comes near the
 * viewport (so a catalogue of a thousand indicators loads only the cards a reader sees), or
 * its error with a retry, in its own place.
 *
 * The article and its heading link stay the same elements from loading to loaded (or failed):
 * a link swapped for a new one as the figures arrive would lose a reader's focus on it, and
 * a click that began on the old link would not reach the new one.
 */
export function CatalogueCard({
  entry,
  locale,
}: {
  entry: IndicatorEntry;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('home');
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const card = useQuery({ ...cardQueryOptions(entry.id), enabled: near });
  const indicator = useMemo(
    () =>
      card.data
        ? { ...card.data, meta: localiseIndicatorMeta(card.data.meta, locale.language) }
        : undefined,
    [card.data, locale.language],
  );
  const title = indicator?.meta.title ?? localiseTitled(entry, locale.language).title;
  const failed = indicator === undefined && card.isError;
  const headingId = `card-${entry.id}`;
  return (
    <div ref={ref} className="card-slot">
      <article
        className={failed ? 'indicator-card indicator-card-failed' : 'indicator-card'}
        data-indicator={entry.id}
        aria-labelledby={headingId}
        aria-busy={indicator === undefined && !failed ? true : undefined}
      >
        <h3 id={headingId}>
          <Link to={`/indicators/${entry.id}`}>{title}</Link>
        </h3>
        {indicator ? (
          // A card that fails to draw (its sparkline, say) shows why in its place only.
          <RegionBoundary title={title} onReset={retryFailedLoads}>
            <IndicatorCardFigures card={indicator} locale={locale} />
          </RegionBoundary>
        ) : failed ? (
          <ErrorPanel
            title={title}
            {...describeError(card.error, locale)}
            onRetry={() => void card.refetch()}
          />
        ) : (
          <p className="card-loading">{t('card.loading')}</p>
        )}
      </article>
    </div>
  );
}
