// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  medianConfidenceInterval,
  verdictAgainst,
  type Interval,
} from '../../../scripts/bench/stats';

/** P(X ≤ k) for X ~ Binomial(n, ½), exactly, with integer binomial coefficients. */
function binomialHalfAtMost(n: number, k: number): number {
  let coefficient = 1n;
  let sum = 0n;
  for (let i = 0; i <= k; i++) {
    sum += coefficient;
    coefficient = (coefficient * BigInt(n - i)) / BigInt(i + 1);
  }
  return Number(sum) / 2 ** n;
}

/** A seeded generator (mulberry32), so the simulation is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('medianConfidenceInterval', () => {
  it.each([6, 10, 15, 20, 40, 101])(
    'with %i values picks the widest order whose tail chance is within 2.5 %%',
    (n) => {
      const values = Array.from({ length: n }, (_, i) => (i * 7919) % n);
      const sorted = [...values].sort((a, b) => a - b);
      const interval = medianConfidenceInterval(values);
      expect(interval).not.toBeNull();
      const order = sorted.indexOf(interval?.low ?? Number.NaN) + 1;
      expect(interval?.high).toBe(sorted[n - order]);
      // The chance that fewer than `order` values fall below the median is within the
      // tail; one order more would not be.
      expect(binomialHalfAtMost(n, order - 1)).toBeLessThanOrEqual(0.025);
      expect(binomialHalfAtMost(n, order)).toBeGreaterThan(0.025);
    },
  );

  it('gives no interval when too few values can make one', () => {
    expect(binomialHalfAtMost(5, 0)).toBeGreaterThan(0.025);
    expect(medianConfidenceInterval([1, 2, 3, 4, 5])).toBeNull();
    expect(medianConfidenceInterval([])).toBeNull();
    expect(medianConfidenceInterval([1, 2, 3, 4, 5], 0.9)).not.toBeNull();
  });

  it('does not depend on the order of the values', () => {
    const values = [5, 1, 9, 3, 7, 2, 8, 6, 4, 10, 12, 11];
    const reversed = [...values].reverse();
    expect(medianConfidenceInterval(values)).toEqual(medianConfidenceInterval(reversed));
  });

  it('covers the true median of a skewed distribution at least 95 % of the time', () => {
    const random = seededRandom(20261129);
    // Exponential timings, whose median is ln 2: as skewed as a page load's.
    const draw = () => -Math.log(1 - random());
    const trials = 2000;
    let covered = 0;
    for (let trial = 0; trial < trials; trial++) {
      const interval = medianConfidenceInterval(Array.from({ length: 15 }, draw));
      if (interval && interval.low <= Math.LN2 && Math.LN2 <= interval.high) covered += 1;
    }
    // Exact coverage at n = 15 is 1 − 2 · P(X ≤ 3); allow for the simulation's spread.
    const exact = 1 - 2 * binomialHalfAtMost(15, 3);
    expect(exact).toBeGreaterThanOrEqual(0.95);
    expect(Math.abs(covered / trials - exact)).toBeLessThan(0.015);
  });
});

describe('verdictAgainst', () => {
  const interval = (low: number, high: number): Interval => ({ low, high });
  it('calls a target met only when the whole interval is at or under it', () => {
    expect(verdictAgainst(1.15, interval(1.02, 1.15))).toBe('met');
    expect(verdictAgainst(1.15, interval(1.16, 1.4))).toBe('not met');
    expect(verdictAgainst(1.15, interval(1.1, 1.2))).toBe('cannot tell');
    expect(verdictAgainst(1.15, null)).toBe('cannot tell');
  });
});
