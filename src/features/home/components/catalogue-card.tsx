import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import { retryFailedLoads } from '../../../charts/retryable-lazy';
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
  locale: string;
}): ReactElement {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const card = useQuery({ ...cardQueryOptions(entry.id), enabled: near });
  return (
    <div ref={ref} className="card-slot">
      {card.data ? (
        // A card that fails to draw (its sparkline, say) shows why in its place only.
        <RegionBoundary title={entry.title} onReset={retryFailedLoads}>
          <IndicatorCard indicator={card.data} locale={locale} />
        </RegionBoundary>
      ) : card.isError ? (
        <FailedCard entry={entry} error={card.error} onRetry={() => void card.refetch()} />
      ) : (
        <article
          className="indicator-card"
          data-indicator={entry.id}
          aria-labelledby={`card-${entry.id}`}
          aria-busy="true"
        >
          <h3 id={`card-${entry.id}`}>
            <Link to={`/indicators/${entry.id}`}>{entry.title}</Link>
          </h3>
          <p className="card-loading">Loading figures…</p>
        </article>
      )}
    </div>
  );
}
