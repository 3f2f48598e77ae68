export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * A distribution-free confidence interval for the median: the k-th smallest and the k-th
 * largest of the n values, with k the largest order for which the chance that fewer than k
 * values fall below the true median (Binomial(n, ½)) is at most (1 − level) / 2. It covers
 * the median with at least that probability whatever the timings' distribution, which on
 * a shared machine is skewed and not normal. Null when there are too few values for any
 * such interval (fewer than 6 at 95 %).
 */
export function medianConfidenceInterval(values: readonly number[], level = 0.95): Interval | null {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const tail = (1 - level) / 2;
  let order = 0;
  // P(X = i) for X ~ Binomial(n, ½), updated term by term; exact enough for n ≤ 1,000.
  let probability = 0.5 ** n;
  let below = 0;
  for (let i = 0; i < n; i++) {
    below += probability;
    if (below > tail) break;
    order = i + 1;
    probability *= (n - i) / (i + 1);
  }
  if (order === 0) return null;
  return { low: sorted[order - 1] ?? Number.NaN, high: sorted[n - order] ?? Number.NaN };
}

export type TargetVerdict = 'met' | 'not met' | 'cannot tell';

/**
 * Whether a "lower is better" target is met: only when the whole interval is at or under
 * it; missed when the whole interval is over it; otherwise the runs cannot tell.
 */
export function verdictAgainst(target: number, interval: Interval | null): TargetVerdict {
  if (interval === null) return 'cannot tell';
  if (interval.high <= target) return 'met';
  if (interval.low > target) return 'not met';
  return 'cannot tell';
}
