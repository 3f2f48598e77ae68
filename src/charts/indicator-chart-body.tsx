import type { ReactElement } from 'react';
import { FigureBars } from './figure-bars/figure-bars';
import { TargetChart } from './target-chart/target-chart';
import { TargetLegend } from './target-chart/target-legend';
import { toTargetRows } from './target-chart/to-target-rows';
import { TrendChart } from './trend-chart/trend-chart';
import { toTrendRows } from './trend-chart/to-trend-rows';
import type { ChartType } from '../domain/model';
import { downsampleSeries } from '../domain/downsample';
import { seriesObservations } from '../domain/series';
import { computeTargetProgress } from '../domain/target-progress';

import {
  TARGET_PANEL_HEIGHT,
  TREND_HEIGHT,
  type IndicatorChartProps,
} from './indicator-chart-size';

type ChartRenderer = (props: IndicatorChartProps) => ReactElement;

function visibleSeriesMeta({ indicator, visibleSeries }: IndicatorChartProps) {
  return indicator.meta.chart.series.flatMap((id, index) => {
    const meta = indicator.meta.series.find((s) => s.id === id);
    return meta && visibleSeries.includes(id) ? [{ meta, index }] : [];
  });
}

/** Long series are downsampled for display only; the table and downloads keep every row. */
function displayedTrendObservations({ charted, visibleSeries }: IndicatorChartProps) {
  return visibleSeries.flatMap((id) => downsampleSeries(seriesObservations(charted, id)));
}

const renderTrend: ChartRenderer = (props) => (
  <TrendChart
    rows={toTrendRows(displayedTrendObservations(props), props.visibleSeries)}
    series={visibleSeriesMeta(props)}
    width={props.width}
    height={TREND_HEIGHT}
    locale={props.locale}
  />
);

/** One small panel per series with a target, each on its own scale. */
const renderTarget: ChartRenderer = (props) => (
  <div className="target-panels">
    {visibleSeriesMeta(props).map(({ meta, index }) => {
      const observations = seriesObservations(props.charted, meta.id);
      const progress = computeTargetProgress(observations, meta.desiredDirection);
      if (!progress) return null;
      return (
        <div key={meta.id} className="target-panel">
          <p className="panel-title">{meta.label}</p>
          <TargetChart
            rows={toTargetRows(observations, progress)}
            series={meta}
            index={index}
            width={props.width}
            height={TARGET_PANEL_HEIGHT}
            locale={props.locale}
          />
          <TargetLegend index={index} withProjection={progress.projection !== undefined} />
        </div>
      );
    })}
  </div>
);

const renderBars: ChartRenderer = (props) => (
  <FigureBars
    bars={visibleSeriesMeta(props).flatMap(({ meta, index }) =>
      seriesObservations(props.charted, meta.id).map((observation) => ({
        label: meta.label,
        observation,
        index,
      })),
    )}
    width={props.width}
    locale={props.locale}
  />
);

/** Chart types by name, as indicator metadata declares them. */
const CHART_RENDERERS: Record<ChartType, ChartRenderer> = {
  trend: renderTrend,
  target: renderTarget,
  bars: renderBars,
};

/** The interactive chart of an indicator, drawn with Recharts; loaded on demand. */
export default function IndicatorChartBody(props: IndicatorChartProps): ReactElement {
  return CHART_RENDERERS[props.indicator.meta.chart.type](props);
}
