import { describe, expect, it } from 'vitest';
import { latestActual } from '../../../src/domain/latest';
import { makeObservation } from './make-observation';

describe(latestActual, () => {
  it('is undefined without observations', () => {
    expect(latestActual([])).toBeUndefined();
  });

  it('is undefined when there are only targets and plans', () => {
    const target = makeObservation(45.5, 2030, { kind: 'target', unit: 'percent' });
    const planned = makeObservation(3, [2024, 2028], { kind: 'planned', unit: 'facilities' });
    expect(latestActual([target, planned])).toBeUndefined();
  });

  it('returns the actual ending last, whatever the input order', () => {
    const y2021 = makeObservation(167, 2021);
    const y2022 = makeObservation(128, 2022);
    const y2023 = makeObservation(109, 2023);
    expect(latestActual([y2023, y2021, y2022])).toBe(y2023);
    expect(latestActual([y2021, y2022, y2023])).toBe(y2023);
  });

  // Paragraph 19: 709 officials (377 in 2022 and 332 in 2023).
  it('prefers the single year over a two-year total ending the same year', () => {
    const y2022 = makeObservation(377, 2022, { unit: 'officials' });
    const y2023 = makeObservation(332, 2023, { unit: 'officials' });
    const total = makeObservation(709, [2022, 2023], { unit: 'officials' });
    expect(latestActual([y2022, y2023, total])).toBe(y2023);
    expect(latestActual([y2023, total, y2022])).toBe(y2023);
  });

  it('takes a total ending later over a single year ending earlier', () => {
    const y2023 = makeObservation(10, 2023);
    const total = makeObservation(107, [2023, 2024]);
    expect(latestActual([total, y2023])).toBe(total);
  });

  it('ignores targets, plans and legal limits that end later', () => {
    const actual = makeObservation(19.2, 2023, { unit: 'percent' });
    const target = makeObservation(45.5, 2030, { unit: 'percent', kind: 'target' });
    const planned = makeObservation(1500, 2024, { unit: 'places', kind: 'planned' });
    const limit = makeObservation(3, 2024, { unit: 'hours', kind: 'legal_limit' });
    expect(latestActual([target, planned, limit, actual])).toBe(actual);
  });

  it('does not reorder its input', () => {
    const input = [makeObservation(2, 2023), makeObservation(1, 2022)];
    const copy = [...input];
    latestActual(input);
    expect(input).toEqual(copy);
  });
});
