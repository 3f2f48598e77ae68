import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import { retryFailedLoads } from '../../../ui/retryable-lazy';
import { localiseIndicator, localiseTitled } from '../../../domain/localise';
import type { Locale } from '../../../domain/translate';
import { RegionBoundary } from '../../../ui/region-boundary';
import { useNearViewport } from '../../../ui/use-near-viewport';
import { cardQueryOptions } from '../queries';
import { FailedCard } from './failed-card';
import { IndicatorCard } from './indicator-card';

/**
 * One entry of the catalogue: its title at once, its figures once the card comes near the
 * viewport (so a catalogue of a thousand indicators loads only the cards a reader sees), or
 * its error with a retry, in its own place.
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
    () => (card.data ? localiseIndicator(card.data, locale.language) : undefined),
    [card.data, locale.language],
  );
  return (
    <div ref={ref} className="card-slot">
      {indicator ? (
        // A card that fails to draw (its sparkline, say) shows why in its place only.
        <RegionBoundary title={indicator.meta.title} onReset={retryFailedLoads}>
          <IndicatorCard indicator={indicator} locale={locale} />
        </RegionBoundary>
      ) : card.isError ? (
        <FailedCard
          entry={localiseTitled(entry, locale.language)}
          error={card.error}
          onRetry={() => void card.refetch()}
        />
      ) : (
        <article
          className="indicator-card"
          data-indicator={entry.id}
          aria-labelledby={`card-${entry.id}`}
          aria-busy="true"
        >
          <h3 id={`card-${entry.id}`}>
            <Link to={`/indicators/${entry.id}`}>
              {localiseTitled(entry, locale.language).title}
            </Link>
          </h3>
          <p className="card-loading">{t('card.loading')}</p>
        </article>
      )}
    </div>
  );
}
