import type { ReactElement } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { FigureBars } from '../../../charts/figure-bars/figure-bars';
import { TargetChart } from '../../../charts/target-chart/target-chart';
import { TargetLegend } from '../../../charts/target-chart/target-legend';
import { toTargetRows } from '../../../charts/target-chart/to-target-rows';
import { TrendChart } from '../../../charts/trend-chart/trend-chart';
import { toTrendRows } from '../../../charts/trend-chart/to-trend-rows';
import type { ChartType, Indicator, Observation } from '../../../domain/model';
import { seriesObservations } from '../../../domain/series';
import { summariseChart } from '../../../domain/summary';
import { computeTargetProgress } from '../../../domain/target-progress';

export interface IndicatorChartProps {
  indicator: Indicator;
  charted: Observation[];
  visibleSeries: string[];
  width: number;
  locale: string;
}

type ChartRenderer = (props: IndicatorChartProps) => ReactElement;

function visibleSeriesMeta({ indicator, visibleSeries }: IndicatorChartProps) {
  return indicator.meta.chart.series.flatMap((id, index) => {
    const meta = indicator.meta.series.find((s) => s.id === id);
    return meta && visibleSeries.includes(id) ? [{ meta, index }] : [];
  });
}

const renderTrend: ChartRenderer = (props) => (
  <TrendChart
    rows={toTrendRows(props.charted, props.visibleSeries)}
    series={visibleSeriesMeta(props)}
    width={props.width}
    height={Math.round(Math.min(360, Math.max(240, props.width * 0.55)))}
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
            height={240}
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

/** The indicator's chart, of the type its metadata declares, with its name and summary. */
export function IndicatorChart(props: IndicatorChartProps): ReactElement {
  const { indicator, charted, visibleSeries, locale } = props;
  const type = indicator.meta.chart.type;
  return (
    <ChartFrame
      type={type}
      name={`Chart: ${indicator.meta.title}`}
      summary={summariseChart(indicator, charted, visibleSeries, locale)}
    >
      {visibleSeries.length === 0 ? (
        <p className="chart-empty">Select a series to draw the chart.</p>
      ) : (
        CHART_RENDERERS[type](props)
      )}
    </ChartFrame>
  );
}
