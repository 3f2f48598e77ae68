import type { Observation } from './model';
import { compareObservations } from './values';

/** Above this many points per series a chart draws a downsampled line; tables keep every row. */
export const DISPLAY_POINT_THRESHOLD = 500;

/** Points a reader must always see: those the source qualifies or a curator annotated. */
function mustKeep(o: Observation): boolean {
  return o.qualifier !== 'exact' || o.note !== '';
}

/**
 * Largest-triangle-three-buckets downsampling of one series (Steinarsson 2013), for display
 * only. Keeps the first and last points, the minimum and maximum, and every point that carries
 * a qualifier or a note, then fills the remaining budget with the points that best preserve
 * the line's shape. Returns the input, in period order, when it is within `threshold`.
 */
export function downsampleSeries(
  observations: readonly Observation[],
  threshold = DISPLAY_POINT_THRESHOLD,
): Observation[] {
  const sorted = [...observations].sort(compareObservations);
  if (sorted.length <= threshold || threshold < 3) return sorted;
  const kept = new Set<Observation>();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first) kept.add(first);
  if (last) kept.add(last);
  let min = first;
  let max = first;
  for (const o of sorted) {
    if (min && o.value < min.value) min = o;
    if (max && o.value > max.value) max = o;
    if (mustKeep(o)) kept.add(o);
  }
  if (min) kept.add(min);
  if (max) kept.add(max);

  const budget = Math.max(threshold - kept.size, 0);
  const inner = sorted.slice(1, -1);
  const bucketSize = inner.length / Math.max(budget, 1);
  let previous = first;
  for (let bucket = 0; bucket < budget; bucket++) {
    const start = Math.floor(bucket * bucketSize);
    const end = Math.min(Math.floor((bucket + 1) * bucketSize), inner.length);
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize), inner.length);
    // The next bucket's average point is the triangle's third vertex.
    let averageX = 0;
    let averageY = 0;
    const nextCount = Math.max(nextEnd - nextStart, 0);
    for (let i = nextStart; i < nextEnd; i++) {
      averageX += inner[i]?.period.end ?? 0;
      averageY += inner[i]?.value ?? 0;
    }
    if (nextCount === 0 && last) {
      averageX = last.period.end;
      averageY = last.value;
    } else {
      averageX /= nextCount;
      averageY /= nextCount;
    }
    let best: Observation | undefined;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const candidate = inner[i];
      if (!candidate || !previous) continue;
      const area = Math.abs(
        (previous.period.end - averageX) * (candidate.value - previous.value) -
          (previous.period.end - candidate.period.end) * (averageY - previous.value),
      );
      if (area > bestArea) {
        bestArea = area;
        best = candidate;
      }
    }
    if (best) {
      kept.add(best);
      previous = best;
    }
  }
  return sorted.filter((o) => kept.has(o));
}
