import { describe, expect, it } from 'vitest';
import type { Period, Qualifier } from '../../../src/domain/model';
import {
  compareObservations,
  comparePeriods,
  isApproximate,
  isLowerBound,
  isSingleYear,
  periodLength,
  periodsOverlap,
} from '../../../src/domain/values';
import { makeObservation } from './make-observation';

const p = (start: number, end = start): Period => ({ start, end });

describe(isLowerBound, () => {
  it.each<[Qualifier, boolean]>([
    ['exact', false],
    ['about', false],
    ['more_than', true],
    ['over', true],
  ])('%s → %s', (qualifier, expected) => {
    expect(isLowerBound(qualifier)).toBe(expected);
  });
});

describe(isApproximate, () => {
  it.each<[Qualifier, boolean]>([
    ['exact', false],
    ['about', true],
    ['more_than', false],
    ['over', false],
  ])('%s → %s', (qualifier, expected) => {
    expect(isApproximate(qualifier)).toBe(expected);
  });
});

describe(periodLength, () => {
  it.each<[string, Period, number]>([
    ['one year', p(2023), 1],
    ['"2023 and 2024"', p(2023, 2024), 2],
    ['"the past three years"', p(2021, 2023), 3],
  ])('%s covers %o → %i years', (_name, period, expected) => {
    expect(periodLength(period)).toBe(expected);
  });
});

describe(isSingleYear, () => {
  it('is true only when the period starts and ends the same year', () => {
    expect(isSingleYear(p(2023))).toBe(true);
    expect(isSingleYear(p(2022, 2023))).toBe(false);
  });
});

describe(periodsOverlap, () => {
  it.each<[Period, Period, boolean]>([
    [p(2021, 2023), p(2023), true],
    [p(2023), p(2021, 2023), true],
    [p(2022, 2023), p(2023, 2024), true],
    [p(2023), p(2023), true],
    [p(2022), p(2023), false],
    [p(2021, 2022), p(2023, 2024), false],
    [p(2024), p(2021, 2023), false],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
  });
});

describe(comparePeriods, () => {
  it('orders by end year first', () => {
    expect(comparePeriods(p(2022), p(2023))).toBeLessThan(0);
    expect(comparePeriods(p(2023), p(2022))).toBeGreaterThan(0);
    expect(comparePeriods(p(2021, 2022), p(2023))).toBeLessThan(0);
  });

  it('puts a longer period ending the same year before the shorter one', () => {
    expect(comparePeriods(p(2022, 2023), p(2023))).toBeLessThan(0);
    expect(comparePeriods(p(2023), p(2022, 2023))).toBeGreaterThan(0);
  });

  it('is 0 for equal periods', () => {
    expect(comparePeriods(p(2022, 2023), p(2022, 2023))).toBe(0);
  });

  it('sorts a mix of one-year figures and totals', () => {
    const periods = [p(2023), p(2022, 2023), p(2022), p(2021, 2023)];
    expect([...periods].sort(comparePeriods)).toEqual([
      p(2022),
      p(2021, 2023),
      p(2022, 2023),
      p(2023),
    ]);
  });
});

describe(compareObservations, () => {
  it('compares by period only, whatever the value', () => {
    const earlier = makeObservation(1000, 2022);
    const later = makeObservation(1, 2023);
    const total = makeObservation(709, [2022, 2023]);
    expect([later, total, earlier].sort(compareObservations)).toEqual([earlier, total, later]);
  });
});
