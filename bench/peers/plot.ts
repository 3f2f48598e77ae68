import * as Plot from '@observablehq/plot';
import { loadPoints } from './series-data';

const points = await loadPoints();
const chart = Plot.plot({
  width: 720,
  height: 320,
  x: { tickFormat: 'd' },
  y: { zero: true, grid: true },
  marks: [
    Plot.line(points, { x: 'year', y: 'value', stroke: 'series' }),
    Plot.dot(points, { x: 'year', y: 'value', fill: 'series' }),
  ],
});
chart.querySelectorAll('circle').forEach((dot) => dot.setAttribute('data-mark', 'point'));
document.getElementById('chart')?.append(chart);
