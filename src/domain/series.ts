import { group } from 'd3-array';
import type { Indicator, Kind, Observation, SeriesMeta, IndicatorMeta } from './model';
import { compareObservations } from './values';

/** The observations of one series, optionally of one kind, in period order. */
export function seriesObservations(
  observations: readonly Observation[],
  seriesId: string,
  kind?: Kind,
): Observation[] {
  return observations
    .filter((o) => o.series === seriesId && (kind === undefined || o.kind === kind))
    .sort(compareObservations);
}

export function observationsBySeries(
  observations: readonly Observation[],
): Map<string, Observation[]> {
  const grouped = group(observations, (o) => o.series);
  for (const rows of grouped.values()) rows.sort(compareObservations);
  return grouped;
}

export function findSeries(indicator: Indicator, seriesId: string): SeriesMeta | undefined {
  return indicator.meta.series.find((s) => s.id === seriesId);
}

/** Observations of the series drawn in the chart, and the rest, which are shown as figures. */
export function splitChartedObservations(indicator: Indicator): {
  charted: Observation[];
  figures: Observation[];
} {
  const chartSeries = new Set(indicator.meta.chart.series);
  const charted: Observation[] = [];
  const figures: Observation[] = [];
  for (const o of indicator.observations) {
    if (chartSeries.has(o.series) && isChartable(indicator.meta.chart.type, o)) charted.push(o);
    else figures.push(o);
  }
  return { charted, figures };
}

/**
 * Which rows of a charted series a chart draws: trend lines join one-year actuals only
 * (a two-year total is not a point on a yearly line); target charts add the target;
 * bar charts show every row of their series.
 */
export function isChartable(
  chartType: Indicator['meta']['chart']['type'],
  o: Observation,
): boolean {
  switch (chartType) {
    case 'trend':
      return o.kind === 'actual' && o.period.start === o.period.end;
    case 'target':
      return (o.kind === 'actual' || o.kind === 'target') && o.period.start === o.period.end;
    case 'bars':
      return true;
  }
}

/** Every series label of some indicators, keyed "indicator/series", for naming rows. */
export function seriesLabels(metas: readonly IndicatorMeta[]): Map<string, string> {
  return new Map(metas.flatMap((meta) => meta.series.map((s) => [`${meta.id}/${s.id}`, s.label])));
}
