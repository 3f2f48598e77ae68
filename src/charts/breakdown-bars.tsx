import { cumsum } from 'd3-array';
import type { ReactElement } from 'react';
import type { CheckResult } from '../domain/checks/evaluate-check';
import { formatNumber } from '../domain/format/number';
import { formatPeriod } from '../domain/format/period';
import { formatObservationValue } from '../domain/format/value';
import type { Observation } from '../domain/model';
import type { Locale } from '../domain/translate';
import { isLowerBound } from '../domain/values';
import { TOTAL_COLOR, markClass, seriesStyle } from './series-style';

// Bars are drawn in a fixed coordinate space and stretched to the width; text stays HTML,
// so it never stretches, and the drawing needs no measuring (it prerenders as it is).
const SCALE_WIDTH = 1000;
const BAR_HEIGHT = 20;
const GAP = 2;

/**
 * Parts of a whole against the stated total: the parts stacked in one bar, the stated total
 * in another on the same scale, and a legend giving every part's label and value (so no part
 * is told apart by colour alone). A total stated as a floor ("over 400") is drawn open-ended.
 */
export function BreakdownBars({
  result,
  labels,
  locale,
}: {
  result: CheckResult;
  /** Series labels by "indicator/series". */
  labels: ReadonlyMap<string, string>;
  locale: Locale;
}): ReactElement | null {
  const { outcome } = result;
  if (outcome.kind !== 'sum') return null;
  const { parts, total, sum } = outcome;
  const scale = SCALE_WIDTH / Math.max(sum, total.value, 1);
  const label = (o: { indicator: string; series: string }): string =>
    labels.get(`${o.indicator}/${o.series}`) ?? o.series;
  const ends = cumsum(parts, (part) => Math.max(part.value * scale, 0));
  const segments = parts.map((part, index) => {
    const end = ends[index] ?? 0;
    const start = index === 0 ? 0 : (ends[index - 1] ?? 0);
    return { part, x: start, width: end - start, style: seriesStyle(index) };
  });
  const floor = isLowerBound(total.qualifier);
  // Parts of one series in different years (377 in 2022, 332 in 2023) are told apart by year.
  const sameSeries = new Set(parts.map(label)).size < parts.length;
  const legendLabel = (part: Observation): string =>
    sameSeries ? `${label(part)}, ${formatPeriod(part.period)}` : label(part);
  const { t, language } = locale;
  const description = t('charts:breakdown.description', {
    parts: parts.map((p) => `${label(p)} ${formatNumber(p.value, language)}`).join(', '),
    sum: formatNumber(sum, language),
    total: formatObservationValue(total, locale),
  });
  return (
    <figure className="breakdown" aria-label={t('charts:breakdown.name', { description })}>
      <div className="breakdown-row">
        <span className="breakdown-label">
          {t('charts:breakdown.sum', { value: formatNumber(sum, language) })}
        </span>
        <svg
          viewBox={`0 0 ${SCALE_WIDTH} ${BAR_HEIGHT}`}
          preserveAspectRatio="none"
          width="100%"
          height={BAR_HEIGHT}
          aria-hidden="true"
          focusable="false"
        >
          {segments.map(({ part, x: left, width, style }) => (
            <rect
              key={`${part.series}-${part.period.start}`}
              x={left}
              y={0}
              width={Math.max(width - GAP, 1)}
              height={BAR_HEIGHT}
              fill={style.color}
              className={markClass('chart-fill', style.slot)}
            />
          ))}
        </svg>
      </div>
      <div className="breakdown-row">
        <span className="breakdown-label">
          {t('charts:breakdown.total', { value: formatObservationValue(total, locale) })}
        </span>
        <svg
          viewBox={`0 0 ${SCALE_WIDTH} ${BAR_HEIGHT}`}
          preserveAspectRatio="none"
          width="100%"
          height={BAR_HEIGHT}
          aria-hidden="true"
          focusable="false"
        >
          <rect
            x={0}
            y={0}
            width={total.value * scale}
            height={BAR_HEIGHT}
            fill={floor ? 'none' : TOTAL_COLOR}
            stroke={TOTAL_COLOR}
            className={markClass(floor ? 'chart-stroke' : 'chart-fill', 'mark-total')}
            strokeWidth={floor ? 3 : 0}
            strokeDasharray={floor ? '12 6' : undefined}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
      </div>
      <figcaption>
        <ul className="breakdown-legend">
          {segments.map(({ part, style }) => (
            <li key={`${part.series}-${part.period.start}`}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                <rect
                  width="14"
                  height="14"
                  fill={style.color}
                  className={markClass('chart-fill', style.slot)}
                />
              </svg>{' '}
              {legendLabel(part)}: {formatObservationValue(part, locale)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
