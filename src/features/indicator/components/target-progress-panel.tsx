import type { ReactElement } from 'react';
import type { SeriesMeta } from '../../../domain/model';
import { describeTargetGap } from '../../../domain/format/target';
import { formatAmount, formatPercent } from '../../../domain/format/number';
import { formatObservationValue } from '../../../domain/format/value';
import type { TargetProgress } from '../../../domain/target-progress';

/** Latest actual against the target, the share reached and the pace needed, marked as computed. */
export function TargetProgressPanel({
  series,
  progress,
  locale,
}: {
  series: SeriesMeta;
  progress: TargetProgress;
  locale: string;
}): ReactElement {
  const { baseline, target, shareOfTarget, projection } = progress;
  return (
    <section className="progress-panel" aria-label={`Progress to target: ${series.label}`}>
      <h3>{series.label}</h3>
      <dl className="progress-facts">
        <div>
          <dt>Latest reported</dt>
          <dd>
            {baseline
              ? `${formatObservationValue(baseline, locale, { withUnit: true })} in ${baseline.period.end}`
              : 'none yet'}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {formatObservationValue(target, locale, { withUnit: true })} by {target.period.end}
          </dd>
        </div>
        {shareOfTarget !== undefined && (
          <div>
            <dt>Share of target reached (computed)</dt>
            <dd>
              <meter
                min={0}
                max={1}
                value={Math.min(shareOfTarget, 1)}
                aria-label="Share of target reached"
              />{' '}
              {formatPercent(shareOfTarget * 100, locale)}
            </dd>
          </div>
        )}
      </dl>
      <p className="gap-sentence">
        {describeTargetGap(progress, locale)}
        {progress.requiredPace !== undefined && (
          <span className="computed-tag">
            {' '}
            (computed: a straight path from the latest figure to the target)
          </span>
        )}
      </p>
      {projection && (
        <p>
          Projection at the pace so far (computed, not reported):{' '}
          {formatAmount(projection.value, target.unit, locale)} in {projection.year}.
        </p>
      )}
    </section>
  );
}
