import { describe, expect, it } from 'vitest';
import { downsampleSeries } from '../../../src/domain/downsample';
import type { Observation } from '../../../src/domain/model';
import { makeObservation } from './make-observation';

/** A deterministic wave with one spike, over `count` consecutive periods. */
function wave(count: number): Observation[] {
  return Array.from({ length: count }, (_, i) =>
    makeObservation(i === Math.floor(count / 3) ? 1000 : 100 + 50 * Math.sin(i / 10), 1000 + i),
  );
}

describe(downsampleSeries, () => {
  it('returns every point, in period order, when within the threshold', () => {
    const points = wave(50).reverse();
    const result = downsampleSeries(points, 100);
    expect(result).toHaveLength(50);
    expect(result.map((o) => o.period.end)).toEqual([...points].reverse().map((o) => o.period.end));
  });

  it.each([1_000, 10_000, 100_000])('reduces %i points to the threshold', (count) => {
    const result = downsampleSeries(wave(count), 500);
    expect(result.length).toBeLessThanOrEqual(500);
    expect(result.length).toBeGreaterThan(490);
  });

  it('keeps the first, the last, the extremes and every qualified or annotated point', () => {
    const points = wave(5_000);
    const qualified = { ...points[1234]!, qualifier: 'more_than' as const };
    const annotated = { ...points[4321]!, note: 'revised' };
    points[1234] = qualified;
    points[4321] = annotated;
    const result = downsampleSeries(points, 200);
    const values = points.map((o) => o.value);
    const kept = new Set(result);
    expect(kept.has(points[0]!)).toBe(true);
    expect(kept.has(points.at(-1)!)).toBe(true);
    expect(result.some((o) => o.value === Math.max(...values))).toBe(true);
    expect(result.some((o) => o.value === Math.min(...values))).toBe(true);
    expect(kept.has(qualified)).toBe(true);
    expect(kept.has(annotated)).toBe(true);
  });

  it('keeps points in period order and never invents one', () => {
    const points = wave(3_000);
    const result = downsampleSeries(points, 300);
    const original = new Set(points);
    expect(result.every((o) => original.has(o))).toBe(true);
    expect(result.map((o) => o.period.end)).toEqual(
      [...result.map((o) => o.period.end)].sort((a, b) => a - b),
    );
  });
});
