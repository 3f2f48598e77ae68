import { Fragment, type ReactElement } from 'react';
import { Link } from 'react-router';
import { SparklineSlot } from '../../../charts/sparkline/sparkline-slot';
import { computeChange } from '../../../domain/change';
import { formatChange } from '../../../domain/format/change';
import { formatPercent } from '../../../domain/format/number';
import { formatPeriod } from '../../../domain/format/period';
import { formatObservationValue } from '../../../domain/format/value';
import { latestActual } from '../../../domain/latest';
import type { Indicator } from '../../../domain/model';
import { seriesObservations } from '../../../domain/series';
import { computeTargetProgress } from '../../../domain/target-progress';
import { ParagraphLink } from '../../../ui/paragraph-link';

/** An indicator at a glance: its headline figure with qualifier and period, change, target progress. */
export function IndicatorCard({
  indicator,
  locale,
}: {
  indicator: Indicator;
  locale: string;
}): ReactElement {
  const { meta } = indicator;
  const headline = seriesObservations(indicator.observations, meta.headlineSeries);
  const headlineMeta = meta.series.find((s) => s.id === meta.headlineSeries);
  const headlineLabel = headlineMeta?.label ?? meta.headlineSeries;
  const latest = latestActual(headline);
  const change = computeChange(headline);
  const progress = computeTargetProgress(headline, headlineMeta?.desiredDirection);
  const yearly = headline.filter((o) => o.kind === 'actual' && o.period.start === o.period.end);
  const paragraphs = [...new Set(indicator.observations.map((o) => o.paragraph))].sort(
    (a, b) => a - b,
  );
  const headingId = `card-${meta.id}`;
  return (
    <article className="indicator-card" data-indicator={meta.id} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/indicators/${meta.id}`}>{meta.title}</Link>
      </h3>
      {latest && (
        <p className="card-figure">
          <span className="card-value">
            {formatObservationValue(latest, locale, { withUnit: latest.unit !== 'percent' })}
          </span>
          <span className="card-caption">
            {headlineLabel}, {formatPeriod(latest.period)}
          </span>
        </p>
      )}
      {change && <p className="card-change">{formatChange(change, locale)}</p>}
      {progress?.shareOfTarget !== undefined && (
        <p className="card-progress">
          <meter
            min={0}
            max={1}
            value={Math.min(progress.shareOfTarget, 1)}
            aria-label="Share of target reached"
          />{' '}
          {formatPercent(progress.shareOfTarget * 100, locale)} of the {progress.target.period.end}{' '}
          target ({formatObservationValue(progress.target, locale)})
        </p>
      )}
      <SparklineSlot id={meta.id} observations={yearly} />
      <p className="card-source">
        Source: {paragraphs.length === 1 ? 'para.' : 'paras.'}{' '}
        {paragraphs.map((number, index) => (
          <Fragment key={number}>
            {index > 0 && ', '}
            <ParagraphLink number={number}>{number}</ParagraphLink>
          </Fragment>
        ))}
      </p>
    </article>
  );
}
