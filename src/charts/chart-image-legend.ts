import type { LegendEntry } from '../domain/export/chart-image';
import type { IndicatorMeta } from '../domain/model';
import type { Locale } from '../domain/translate';
import { REQUIRED_COLOR, TARGET_COLOR, seriesStyle } from './series-style';

/**
 * The legend of an exported chart, as the page shows it: the series drawn in a trend chart;
 * what the marks of a target chart mean; none for bars, which are labelled.
 */
export function chartImageLegend(
  meta: IndicatorMeta,
  visibleSeries: readonly string[],
  locale: Locale,
): LegendEntry[] {
  const { t } = locale;
  const drawn = meta.chart.series.flatMap((id, index) =>
    visibleSeries.includes(id)
      ? [{ label: meta.series.find((s) => s.id === id)?.label ?? id, style: seriesStyle(index) }]
      : [],
  );
  switch (meta.chart.type) {
    case 'bars':
      return [];
    case 'target':
      return [
        ...drawn.map(({ label, style }) => ({
          label: t('charts:legend.seriesReported', { label }),
          color: style.color,
          marker: style.marker,
          line: false,
        })),
        {
          label: t('charts:legend.target'),
          color: TARGET_COLOR,
          marker: 'circle',
          hollow: true,
          line: false,
        },
        {
          label: t('charts:legend.requiredStraightPath'),
          color: REQUIRED_COLOR,
          dash: '6 4',
        },
      ];
    case 'trend':
      return drawn.map(({ label, style }) => ({
        label,
        color: style.color,
        marker: style.marker,
        ...(style.dash ? { dash: style.dash } : {}),
      }));
  }
}
