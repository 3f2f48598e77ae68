// The prison-mortality chart's data for the peer pages, fetched and parsed in the browser as
// a client-rendered chart would: the CSV, PapaParse, the same charted series.
import Papa from 'papaparse';

export interface Point {
  series: string;
  year: number;
  value: number;
}

export const SERIES = [
  'disease-deaths',
  'suicides',
  'suicide-attempts-prevented',
  'suicide-attempts-prevented-video',
];

export async function loadPoints(): Promise<Point[]> {
  const text = await (await fetch('/data/indicators/prison-mortality.csv')).text();
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return data
    .filter((row) => SERIES.includes(row.series ?? '') && row.period_start === row.period_end)
    .map((row) => ({
      series: row.series ?? '',
      year: Number(row.period_end),
      value: Number(row.value),
    }));
}

/** Lets the benchmark see a canvas chart as drawn (it has no SVG marks to count). */
export function markDrawn(): void {
  document.getElementById('chart')?.setAttribute('data-chart-drawn', 'true');
}
