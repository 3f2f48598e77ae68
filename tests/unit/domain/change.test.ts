import { describe, expect, it } from 'vitest';
import { computeChange } from '../../../src/domain/change';
import { makeObservation } from './make-observation';

describe(computeChange, () => {
  // Paragraph 48: 22 suicides in 2023 (29 cases in 2022).
  it('computes the change in suicides, 29 in 2022 to 22 in 2023', () => {
    const y2022 = makeObservation(29, 2022, { unit: 'cases' });
    const y2023 = makeObservation(22, 2023, { unit: 'cases' });
    const change = computeChange([y2023, y2022]);
    expect(change?.latest).toBe(y2023);
    expect(change?.previous).toBe(y2022);
    expect(change?.absolute).toBe(-7);
    // −7 / 29 = −0.241379…
    expect(change?.relative).toBeCloseTo(-0.2414, 4);
    expect(change?.exact).toBe(true);
  });

  // Paragraph 48: deaths from disease 106 in 2021, 94 in 2022 and 94 in 2023.
  it('reports no change for disease deaths, 94 in 2022 and 94 in 2023', () => {
    const deaths = [
      makeObservation(106, 2021, { unit: 'deaths' }),
      makeObservation(94, 2022, { unit: 'deaths' }),
      makeObservation(94, 2023, { unit: 'deaths' }),
    ];
    const change = computeChange(deaths);
    expect(change?.previous).toBe(deaths[1]);
    expect(change?.latest).toBe(deaths[2]);
    expect(change?.absolute).toBe(0);
    expect(change?.relative).toBe(0);
  });

  it('compares with the most recent earlier year, not the first', () => {
    const rows = [
      makeObservation(167, 2021),
      makeObservation(128, 2022),
      makeObservation(109, 2023),
    ];
    const change = computeChange(rows);
    expect(change?.previous).toBe(rows[1]);
    expect(change?.absolute).toBe(-19);
  });

  it('computes an increase as a positive change', () => {
    const change = computeChange([makeObservation(78, 2022), makeObservation(120, 2023)]);
    expect(change?.absolute).toBe(42);
    // 42 / 78 = 0.538461…
    expect(change?.relative).toBeCloseTo(0.5385, 4);
  });

  // Paragraph 19: 709 officials (377 in 2022 and 332 in 2023).
  it('compares the single years and leaves a two-year total ending the same year aside', () => {
    const y2022 = makeObservation(377, 2022, { unit: 'officials' });
    const y2023 = makeObservation(332, 2023, { unit: 'officials' });
    const total = makeObservation(709, [2022, 2023], { unit: 'officials' });
    const change = computeChange([total, y2022, y2023]);
    expect(change?.latest).toBe(y2023);
    expect(change?.previous).toBe(y2022);
    expect(change?.absolute).toBe(-45);
  });

  it('does not compare a two-year total with a single year', () => {
    const year = makeObservation(80, 2022, { unit: 'submissions' });
    const total = makeObservation(107, [2023, 2024], { unit: 'submissions' });
    expect(computeChange([year, total])).toBeUndefined();
  });

  it('compares two totals of the same length that do not overlap', () => {
    const earlier = makeObservation(100, [2021, 2022]);
    const later = makeObservation(107, [2023, 2024]);
    const change = computeChange([later, earlier]);
    expect(change?.previous).toBe(earlier);
    expect(change?.absolute).toBe(7);
  });

  it('does not compare overlapping totals', () => {
    const earlier = makeObservation(100, [2021, 2022]);
    const later = makeObservation(107, [2022, 2023]);
    expect(computeChange([earlier, later])).toBeUndefined();
  });

  it.each([
    ['the latest is "about"', 'about', 'exact'],
    ['the previous is "more than"', 'exact', 'more_than'],
    ['the previous is "over"', 'exact', 'over'],
    ['both are qualified', 'about', 'about'],
  ] as const)('is not exact when %s', (_name, latestQualifier, previousQualifier) => {
    const change = computeChange([
      makeObservation(400, 2022, { qualifier: previousQualifier }),
      makeObservation(450, 2023, { qualifier: latestQualifier }),
    ]);
    expect(change?.absolute).toBe(50);
    expect(change?.exact).toBe(false);
  });

  it('has no relative change when the previous value is 0', () => {
    const change = computeChange([makeObservation(0, 2022), makeObservation(5, 2023)]);
    expect(change?.absolute).toBe(5);
    expect(change?.relative).toBeUndefined();
  });

  it('is undefined for a single observation', () => {
    expect(computeChange([makeObservation(22, 2023)])).toBeUndefined();
  });

  it('is undefined without observations', () => {
    expect(computeChange([])).toBeUndefined();
  });

  it('does not use a target or a plan as either end', () => {
    const actual = makeObservation(19.2, 2023, { unit: 'percent' });
    const earlierTarget = makeObservation(10, 2020, { unit: 'percent', kind: 'target' });
    const laterTarget = makeObservation(45.5, 2030, { unit: 'percent', kind: 'target' });
    const planned = makeObservation(5, 2021, { unit: 'percent', kind: 'planned' });
    expect(computeChange([earlierTarget, planned, actual, laterTarget])).toBeUndefined();
  });
});
