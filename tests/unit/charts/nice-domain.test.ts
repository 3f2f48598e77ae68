import { describe, expect, it } from 'vitest';
import { MAX_VALUE_TICKS, valueAxis } from '../../../src/charts/nice-domain';

describe(valueAxis, () => {
  it.each<[number, [number, number], number[]]>([
    // Para 19: 377 officials at most → an axis to 400.
    [377, [0, 400], [0, 100, 200, 300, 400]],
    // Para 39: the 45.5 % target → an axis to 50 %.
    [45.5, [0, 50], [0, 10, 20, 30, 40, 50]],
    // Para 39: the 13,200 persons target → steps of 5,000, not eight ticks of 2,000.
    [13_200, [0, 15_000], [0, 5_000, 10_000, 15_000]],
  ])('rounds %d up to a round top with round ticks', (max, domain, ticks) => {
    expect(valueAxis(max)).toEqual({ domain, ticks });
  });

  it('keeps every axis to a few evenly spaced round ticks from zero to the top, above the data', () => {
    // Maxima across magnitudes, with the mantissas that make d3 choose each step size.
    const maxima = [1, 10, 100, 10_000, 1_000_000].flatMap((scale) =>
      [0.7, 1, 1.32, 2.1, 2.6, 3.3, 4.5, 5.5, 7.7, 9.9].map((mantissa) => mantissa * scale),
    );
    for (const max of maxima) {
      const { domain, ticks } = valueAxis(max);
      expect(ticks.length, `ticks for ${max}`).toBeLessThanOrEqual(MAX_VALUE_TICKS);
      expect(ticks.length, `ticks for ${max}`).toBeGreaterThanOrEqual(2);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      ticks.forEach((tick, index) => expect(tick).toBeCloseTo(index * step, 6));
    }
  });

  it('still has an axis when every value is zero', () => {
    expect(valueAxis(0).domain).toEqual([0, 1]);
  });
});
