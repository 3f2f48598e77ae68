import type { Indicator, Observation } from './model';
import { formatObservationValue } from './format/value';
import { formatPeriod } from './format/period';
import { seriesObservations } from './series';

function listValues(observations: readonly Observation[], locale: string): string {
  return observations
    .map(
      (o) =>
        `${formatObservationValue(o, locale, { withUnit: false })} in ${formatPeriod(o.period)}${o.kind === 'target' ? ' (target)' : ''}`,
    )
    .join(', ');
}

/**
 * A one-sentence text alternative for a chart: each visible series with its values in order,
 * e.g. "Suicides: 29 in 2022, 22 in 2023."
 */
export function summariseChart(
  indicator: Indicator,
  charted: readonly Observation[],
  visibleSeries: readonly string[],
  locale: string,
): string {
  const parts = visibleSeries.flatMap((seriesId) => {
    const rows = seriesObservations(charted, seriesId);
    const label = indicator.meta.series.find((s) => s.id === seriesId)?.label ?? seriesId;
    return rows.length === 0 ? [] : [`${label}: ${listValues(rows, locale)}`];
  });
  if (parts.length > 0) return `${parts.join('. ')}.`;
  return visibleSeries.length === 0
    ? 'No series is selected.'
    : 'The selected series have no figures to draw.';
}
