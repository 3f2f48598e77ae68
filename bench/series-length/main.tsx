// Benchmark page: draws the dashboard's trend chart for a synthetic series of N points, as an
// indicator page would (downsampled for display above the threshold), and times it to paint.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { TrendChart } from '../../src/charts/trend-chart/trend-chart';
import { toTrendRows } from '../../src/charts/trend-chart/to-trend-rows';
import { downsampleSeries } from '../../src/domain/downsample';
import type { Observation } from '../../src/domain/model';

function synthetic(count: number): Observation[] {
  return Array.from({ length: count }, (_, i) => ({
    source: 'bench',
    indicator: 'bench',
    series: 'synthetic',
    period: { start: i, end: i },
    value: 100 + 40 * Math.sin(i / 25) + ((i * 7919) % 13),
    unit: 'cases',
    qualifier: 'exact',
    kind: 'actual',
    paragraph: 1,
    quote: '',
    note: '',
  }));
}

const nextFrame = (): Promise<void> =>
  new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

async function renderSeries(count: number): Promise<{ ms: number; drawn: number }> {
  const observations = synthetic(count);
  const container = document.getElementById('chart');
  if (!container) throw new Error('no #chart');
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() =>
    root.render(
      <TrendChart
        rows={toTrendRows(downsampleSeries(observations), ['synthetic'])}
        series={[{ meta: { id: 'synthetic', label: 'Synthetic', unit: 'cases' }, index: 0 }]}
        width={720}
        height={320}
        locale="en"
      />,
    ),
  );
  while (container.querySelectorAll('[data-mark]').length === 0) await nextFrame();
  await nextFrame();
  const ms = performance.now() - start;
  const drawn = container.querySelectorAll('[data-mark]').length;
  root.unmount();
  return { ms, drawn };
}

Object.assign(window, { renderSeries });
