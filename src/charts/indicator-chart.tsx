import { memo, type ReactElement } from 'react';
import { summariseChart } from '../domain/summary';
import { ChartFrame } from './chart-frame';
import { ChartSlot } from './chart-slot';
import { indicatorChartHeight, type IndicatorChartProps } from './indicator-chart-size';
import { retryableLazy } from '../ui/retryable-lazy';

export type { IndicatorChartProps } from './indicator-chart-size';

// Recharts is loaded only when a chart becomes interactive; until then the page shows the
// chart prerendered at build time. Retryable, so that "Try again" after a failed load loads.
const IndicatorChartBody = retryableLazy(
  () => import('./indicator-chart-body'),
  (module) => module.default,
);

/** The key of a chart's prerendered markup: the indicator and the series it shows. */
export function indicatorChartKey(indicatorId: string, visibleSeries: readonly string[]): string {
  return `${indicatorId}/${visibleSeries.join('+')}`;
}

/**
 * The indicator's chart, of the type its metadata declares, with its name and summary.
 * Memoised: a tab switch or the urgent half of a series toggle must not redraw Recharts,
 * which takes hundreds of milliseconds on a slow phone.
 */
export const IndicatorChart = memo(function IndicatorChart(
  props: IndicatorChartProps,
): ReactElement {
  const { indicator, charted, visibleSeries, locale } = props;
  return (
    <ChartFrame
      type={indicator.meta.chart.type}
      name={locale.t('charts:chart.name', { title: indicator.meta.title })}
      summary={summariseChart(indicator, charted, visibleSeries, locale)}
    >
      {visibleSeries.length === 0 ? (
        <p className="chart-empty">{locale.t('charts:chart.empty')}</p>
      ) : (
        <ChartSlot
          chartKey={indicatorChartKey(indicator.meta.id, visibleSeries)}
          placeholderHeight={indicatorChartHeight(props)}
        >
          <IndicatorChartBody {...props} />
        </ChartSlot>
      )}
    </ChartFrame>
  );
});
