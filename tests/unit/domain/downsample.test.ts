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

  it('draws the same points from a series in any order, and leaves the input as it was', () => {
    const inOrder = wave(4_000);
    // A fixed shuffle: every 7th point first, then the rest.
    const shuffled = [
      ...inOrder.filter((_, i) => i % 7 === 0),
      ...inOrder.filter((_, i) => i % 7 !== 0),
    ];
    const before = [...shuffled];
    const fromOrdered = downsampleSeries(inOrder, 250);
    expect(downsampleSeries(shuffled, 250)).toEqual(fromOrdered);
    expect(shuffled).toEqual(before);
    // Within the threshold, a new array even when the input was already in order.
    const short = wave(10);
    const all = downsampleSeries(short, 100);
    expect(all).toEqual(short);
    expect(all).not.toBe(short);
  });
});
