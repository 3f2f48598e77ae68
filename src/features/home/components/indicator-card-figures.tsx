import { Fragment, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SparklineSlot } from '../../../charts/sparkline/sparkline-slot';
import { computeChange } from '../../../domain/change';
import { formatChange } from '../../../domain/format/change';
import { formatPercent } from '../../../domain/format/number';
import { formatPeriod } from '../../../domain/format/period';
import { formatObservationValue } from '../../../domain/format/value';
import { latestActual } from '../../../domain/latest';
import type { IndicatorCard } from '../../../domain/indicator-card';
import { computeTargetProgress } from '../../../domain/target-progress';
import type { Locale } from '../../../domain/translate';
import { ParagraphLink } from '../../../ui/paragraph-link';

/**
 * An indicator at a glance, below its card's heading: its headline figure with qualifier and
 * period, change, target progress, sparkline and paragraphs. Given the card already in the
 * reader's language.
 */
export function IndicatorCardFigures({
  card,
  locale,
}: {
  card: IndicatorCard;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('home');
  const { meta, headline, paragraphs } = card;
  const headlineMeta = meta.series.find((s) => s.id === meta.headlineSeries);
  const headlineLabel = headlineMeta?.label ?? meta.headlineSeries;
  const latest = latestActual(headline);
  const change = computeChange(headline);
  const progress = computeTargetProgress(headline, headlineMeta?.desiredDirection);
  const yearly = headline.filter((o) => o.kind === 'actual' && o.period.start === o.period.end);
  return (
    <>
      {latest && (
        <p className="card-figure">
          <span className="card-value">
            {formatObservationValue(latest, locale, {
              withUnit: latest.unit !== 'percent',
            })}
          </span>
          <span className="card-caption">
            {t('card.caption', { label: headlineLabel, period: formatPeriod(latest.period) })}
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
            aria-label={t('card.shareOfTarget')}
          />{' '}
          {t('card.progress', {
            share: formatPercent(progress.shareOfTarget * 100, locale.language),
            year: progress.target.period.end,
            target: formatObservationValue(progress.target, locale),
          })}
        </p>
      )}
      <SparklineSlot id={meta.id} observations={yearly} />
      <p className="card-source">
        {t('card.source', { count: paragraphs.length })}{' '}
        {paragraphs.map((number, index) => (
          <Fragment key={number}>
            {index > 0 && ', '}
            <ParagraphLink number={number}>{number}</ParagraphLink>
          </Fragment>
        ))}
      </p>
    </>
  );
}
