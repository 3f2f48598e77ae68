import { describe, expect, it } from 'vitest';
import { toTrendRows } from '../../../src/charts/trend-chart/to-trend-rows';
import { makeObservation } from '../domain/make-observation';

// Paragraph 48: deaths from disease 106, 94, 94 (2021–2023); attempts prevented 78, 120 (2022–2023).
const deaths = [2021, 2022, 2023].map((year, i) =>
  makeObservation([106, 94, 94][i] ?? 0, year, { series: 'deaths' }),
);
const attempts = [
  makeObservation(78, 2022, { series: 'attempts' }),
  makeObservation(120, 2023, { series: 'attempts' }),
];

describe(toTrendRows, () => {
  it('makes one row per year, with a value only where a series has one (no interpolation)', () => {
    const rows = toTrendRows([...attempts, ...deaths], ['deaths', 'attempts']);
    expect(rows.map((row) => row.year)).toEqual([2021, 2022, 2023]);
    expect(rows[0]?.values).toEqual({ deaths: 106 });
    expect(rows[1]?.values).toEqual({ deaths: 94, attempts: 78 });
    expect(rows[1]?.observations.attempts).toBe(attempts[0]);
  });

  it('leaves out hidden series', () => {
    const rows = toTrendRows([...attempts, ...deaths], ['attempts']);
    expect(rows.map((row) => row.year)).toEqual([2022, 2023]);
    expect(rows.every((row) => !('deaths' in row.values))).toBe(true);
  });

  it('puts a label below its point when a close value sits just above it', () => {
    const rows = toTrendRows([...attempts, ...deaths], ['deaths', 'attempts']);
    // 2022: 78 is 16 below 94, within 15 % of the largest value 120 (18): below.
    expect(rows[1]?.labelBelow).toEqual({ deaths: false, attempts: true });
    // 2023: 120 and 94 are 26 apart, more than 18: both above.
    expect(rows[2]?.labelBelow).toEqual({ deaths: false, attempts: false });
  });

  it('separates the labels of equal values', () => {
    const rows = toTrendRows(
      [makeObservation(10, 2023, { series: 'a' }), makeObservation(10, 2023, { series: 'b' })],
      ['a', 'b'],
    );
    expect(Object.values(rows[0]?.labelBelow ?? {}).filter(Boolean)).toHaveLength(1);
  });
});
