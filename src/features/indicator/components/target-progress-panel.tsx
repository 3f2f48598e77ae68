import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesMeta } from '../../../domain/model';
import { describeTargetGap } from '../../../domain/format/target';
import { formatAmount, formatPercent } from '../../../domain/format/number';
import { formatObservationValue } from '../../../domain/format/value';
import type { TargetProgress } from '../../../domain/target-progress';
import type { Locale } from '../../../domain/translate';

/** Latest actual against the target, the share reached and the pace needed, marked as computed. */
export function TargetProgressPanel({
  series,
  progress,
  locale,
}: {
  series: SeriesMeta;
  progress: TargetProgress;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('indicator');
  const { baseline, target, shareOfTarget, projection } = progress;
  return (
    <section className="progress-panel" aria-label={t('progress.label', { series: series.label })}>
      <h3>{series.label}</h3>
      <dl className="progress-facts">
        <div>
          <dt>{t('progress.latestReported')}</dt>
          <dd>
            {baseline
              ? t('progress.latestValue', {
                  value: formatObservationValue(baseline, locale, { withUnit: true }),
                  year: baseline.period.end,
                })
              : t('progress.noneYet')}
          </dd>
        </div>
        <div>
          <dt>{t('progress.target')}</dt>
          <dd>
            {t('progress.targetValue', {
              value: formatObservationValue(target, locale, { withUnit: true }),
              year: target.period.end,
            })}
          </dd>
        </div>
        {shareOfTarget !== undefined && (
          <div>
            <dt>{t('progress.share')}</dt>
            <dd>
              <meter
                min={0}
                max={1}
                value={Math.min(shareOfTarget, 1)}
                aria-label={t('progress.shareMeter')}
              />{' '}
              {formatPercent(shareOfTarget * 100, locale.language)}
            </dd>
          </div>
        )}
      </dl>
      <p className="gap-sentence">
        {describeTargetGap(progress, locale)}
        {progress.requiredPace !== undefined && (
          <span className="computed-tag"> {t('progress.computedPath')}</span>
        )}
      </p>
      {projection && (
        <p>
          {t('progress.projection', {
            value: formatAmount(projection.value, target.unit, locale.language),
            year: projection.year,
          })}
        </p>
      )}
    </section>
  );
}
