import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../../src/charts/nice-domain';

describe(valueAxis, () => {
  it.each<[number, [number, number], number[]]>([
    // Para 19: 377 officials at most → an axis to 400.
    [377, [0, 400], [0, 100, 200, 300, 400]],
    // Para 39: the 45.5 % target → an axis to 50 %.
    [45.5, [0, 50], [0, 10, 20, 30, 40, 50]],
    [13_200, [0, 14_000], [0, 2_000, 4_000, 6_000, 8_000, 10_000, 12_000, 14_000]],
  ])('rounds %d up to a round top with round ticks', (max, domain, ticks) => {
    expect(valueAxis(max)).toEqual({ domain, ticks });
  });

  it('still has an axis when every value is zero', () => {
    expect(valueAxis(0).domain).toEqual([0, 1]);
  });
});
