import type { Indicator, Observation } from '../domain/model';
import type { Locale } from '../domain/translate';

export interface IndicatorChartProps {
  indicator: Indicator;
  charted: Observation[];
  visibleSeries: string[];
  width: number;
  locale: Locale;
}

// Heights do not depend on the width, so a prerendered chart and the interactive one that
// replaces it take the same space at any width: no layout shift.
export const TREND_HEIGHT = 320;
export const TARGET_PANEL_HEIGHT = 240;
const TARGET_PANEL_CHROME = 72;
const BAR_BAND_HEIGHT = 64;

/** The height an indicator's chart will take, known before Recharts is loaded. */
export function indicatorChartHeight({
  indicator,
  charted,
  visibleSeries,
}: IndicatorChartProps): number {
  const visible = indicator.meta.chart.series.filter((id) => visibleSeries.includes(id));
  switch (indicator.meta.chart.type) {
    case 'trend':
      return TREND_HEIGHT;
    case 'target':
      return visible.length * (TARGET_PANEL_HEIGHT + TARGET_PANEL_CHROME);
    case 'bars':
      return charted.filter((o) => visible.includes(o.series)).length * BAR_BAND_HEIGHT + 32;
  }
}
