import { describe, expect, it } from 'vitest';
import { toTargetRows } from '../../../src/charts/target-chart/to-target-rows';
import { computeTargetProgress } from '../../../src/domain/target-progress';
import { cellConfinement, makeObservation } from '../domain/make-observation';

function rowsFor(observations: Parameters<typeof computeTargetProgress>[0]) {
  const progress = computeTargetProgress(observations, 'increase');
  if (!progress) throw new Error('expected a target');
  return toTargetRows(observations, progress);
}

describe(toTargetRows, () => {
  it('draws the actual, the target and the required straight path between them', () => {
    const rows = rowsFor([cellConfinement.shareActual, cellConfinement.shareTarget]);
    expect(rows).toEqual([
      { year: 2023, actual: 19.2, required: 19.2, observation: cellConfinement.shareActual },
      { year: 2030, target: 45.5, required: 45.5, observation: cellConfinement.shareTarget },
    ]);
  });

  it('adds a projection at the pace so far when two actuals exist', () => {
    const earlier = makeObservation(15, 2021, { series: 'share-in-cells', unit: 'percent' });
    const rows = rowsFor([earlier, cellConfinement.shareActual, cellConfinement.shareTarget]);
    // Pace so far (19.2 − 15) / 2 = 2.1 a year; 7 more years → 19.2 + 14.7 = 33.9.
    const last = rows.at(-1);
    expect(last?.year).toBe(2030);
    expect(last?.projected).toBeCloseTo(33.9, 10);
    expect(rows.find((row) => row.year === 2023)?.projected).toBe(19.2);
    expect(rows.find((row) => row.year === 2021)?.required).toBeUndefined();
  });

  it('draws no required path once the target is met', () => {
    const rows = rowsFor([
      makeObservation(50, 2023, { unit: 'percent' }),
      makeObservation(45.5, 2030, { unit: 'percent', kind: 'target' }),
    ]);
    expect(rows.every((row) => row.required === undefined)).toBe(true);
  });

  it('skips figures that cover several years', () => {
    const rows = rowsFor([
      makeObservation(10, [2021, 2022]),
      makeObservation(12, 2023),
      makeObservation(20, 2030, { kind: 'target' }),
    ]);
    expect(rows.map((row) => row.year)).toEqual([2023, 2030]);
  });
});
