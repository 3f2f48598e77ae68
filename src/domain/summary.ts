import type { Indicator, Observation } from './model';
import { formatObservationValue } from './format/value';
import { formatPeriod } from './format/period';
import { seriesObservations } from './series';
import type { Locale } from './translate';

function listValues(observations: readonly Observation[], locale: Locale): string {
  const { t } = locale;
  return observations
    .map((o) => {
      const value = formatObservationValue(o, locale, { withUnit: false });
      const key = o.period.start === o.period.end ? 'valueInYear' : 'valueInYears';
      const text = t(`charts:summary.${key}`, { value, period: formatPeriod(o.period) });
      return o.kind === 'target' ? t('charts:summary.target', { text }) : text;
    })
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
  locale: Locale,
): string {
  const parts = visibleSeries.flatMap((seriesId) => {
    const rows = seriesObservations(charted, seriesId);
    const label = indicator.meta.series.find((s) => s.id === seriesId)?.label ?? seriesId;
    return rows.length === 0
      ? []
      : [locale.t('charts:summary.series', { label, values: listValues(rows, locale) })];
  });
  // One sentence a series; a part may already end with a full stop (Russian "2023 г.").
  if (parts.length > 0)
    return parts.map((part) => (part.endsWith('.') ? part : `${part}.`)).join(' ');
  return visibleSeries.length === 0
    ? locale.t('charts:summary.noSeries')
    : locale.t('charts:summary.noFigures');
}
