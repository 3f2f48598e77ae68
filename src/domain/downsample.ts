import type { Observation } from './model';
import { compareObservations } from './values';

/** Above this many points per series a chart draws a downsampled line; tables keep every row. */
export const DISPLAY_POINT_THRESHOLD = 500;

/** Points a reader must always see: those the source qualifies or a curator annotated. */
function mustKeep(o: Observation): boolean {
  return o.qualifier !== 'exact' || o.note !== '';
}

/** Whether the observations are already in period order (as data files list a series). */
function inPeriodOrder(observations: readonly Observation[]): boolean {
  for (let i = 1; i < observations.length; i++) {
    const previous = observations[i - 1];
    const current = observations[i];
    if (previous && current && compareObservations(previous, current) > 0) return false;
  }
  return true;
}

/**
 * Largest-triangle-three-buckets downsampling of one series (Steinarsson 2013), for display
 * only. Keeps the first and last points, the minimum and maximum, and every point that carries
 * a qualifier or a note, then fills the remaining budget with the points that best preserve
 * the line's shape. Returns the input, in period order, when it is within `threshold`.
 *
 * It reads each point a few times and copies none: at 100,000 points the chart's render time
 * is mostly this function (README, Performance).
 */
export function downsampleSeries(
  observations: readonly Observation[],
  threshold = DISPLAY_POINT_THRESHOLD,
): Observation[] {
  const sorted = inPeriodOrder(observations)
    ? observations
    : [...observations].sort(compareObservations);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (sorted.length <= threshold || threshold < 3 || !first || !last) return [...sorted];
  // kept[i] is 1 when point i is drawn.
  const kept = new Uint8Array(sorted.length);
  let keptCount = 0;
  const keep = (index: number): void => {
    if (kept[index] === 0) {
      kept[index] = 1;
      keptCount++;
    }
  };
  let minIndex = 0;
  let maxIndex = 0;
  let minValue = first.value;
  let maxValue = first.value;
  sorted.forEach((o, index) => {
    if (o.value < minValue) {
      minValue = o.value;
      minIndex = index;
    }
    if (o.value > maxValue) {
      maxValue = o.value;
      maxIndex = index;
    }
    if (mustKeep(o)) keep(index);
  });
  keep(0);
  keep(sorted.length - 1);
  keep(minIndex);
  keep(maxIndex);

  // The buckets share out the points between the first and the last (indices 1 … n − 2).
  const budget = Math.max(threshold - keptCount, 0);
  const innerLength = sorted.length - 2;
  const bucketSize = innerLength / Math.max(budget, 1);
  let previous = first;
  for (let bucket = 0; bucket < budget; bucket++) {
    const start = Math.floor(bucket * bucketSize);
    const end = Math.min(Math.floor((bucket + 1) * bucketSize), innerLength);
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize), innerLength);
    // The next bucket's average point is the triangle's third vertex.
    let averageX = 0;
    let averageY = 0;
    for (let i = end; i < nextEnd; i++) {
      const o = sorted[i + 1];
      averageX += o?.period.end ?? 0;
      averageY += o?.value ?? 0;
    }
    const nextCount = Math.max(nextEnd - end, 0);
    if (nextCount === 0) {
      averageX = last.period.end;
      averageY = last.value;
    } else {
      averageX /= nextCount;
      averageY /= nextCount;
    }
    let bestIndex = -1;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const candidate = sorted[i + 1];
      if (!candidate) continue;
      const area = Math.abs(
        (previous.period.end - averageX) * (candidate.value - previous.value) -
          (previous.period.end - candidate.period.end) * (averageY - previous.value),
      );
      if (area > bestArea) {
        bestArea = area;
        bestIndex = i + 1;
      }
    }
    const best = sorted[bestIndex];
    if (best) {
      keep(bestIndex);
      previous = best;
    }
  }
  return sorted.filter((_, index) => kept[index] === 1);
}
