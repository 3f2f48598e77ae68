import Chart from 'chart.js/auto';
import { loadPoints, markDrawn, SERIES } from './series-data';

const points = await loadPoints();
const years = [...new Set(points.map((p) => p.year))].sort();
const canvas = document.createElement('canvas');
document.getElementById('chart')?.append(canvas);
new Chart(canvas, {
  type: 'line',
  data: {
    labels: years,
    datasets: SERIES.map((series) => ({
      label: series,
      data: years.map(
        (year) => points.find((p) => p.series === series && p.year === year)?.value ?? null,
      ),
    })),
  },
  options: { animation: false, maintainAspectRatio: false },
  plugins: [{ id: 'drawn', afterRender: markDrawn }],
});
