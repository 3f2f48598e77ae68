// The same trend chart drawn client-side with Recharts, as it would be without prerendering.
import { createRoot } from 'react-dom/client';
import { TrendChart } from '../../src/charts/trend-chart/trend-chart';
import { toTrendRows } from '../../src/charts/trend-chart/to-trend-rows';
import type { Observation } from '../../src/domain/model';
import { loadPoints, SERIES } from './series-data';

const points = await loadPoints();
const observations: Observation[] = points.map((p) => ({
  source: 'bench',
  indicator: 'prison-mortality',
  series: p.series,
  period: { start: p.year, end: p.year },
  value: p.value,
  unit: 'cases',
  qualifier: 'exact',
  kind: 'actual',
  paragraph: 48,
  quote: '',
  note: '',
}));
const container = document.getElementById('chart');
if (container) {
  createRoot(container).render(
    <TrendChart
      rows={toTrendRows(observations, SERIES)}
      series={SERIES.map((id, index) => ({ meta: { id, label: id, unit: 'cases' }, index }))}
      width={Math.min(720, container.clientWidth)}
      height={320}
      locale="en"
    />,
  );
}
