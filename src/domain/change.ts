import type { Observation } from './model';
import { latestActual } from './latest';
import { comparePeriods, periodLength } from './values';

export interface Change {
  latest: Observation;
  previous: Observation;
  /** latest − previous, in the series' unit (percentage points for percentages). */
  absolute: number;
  /** absolute ÷ previous as a fraction (−0.241 for −24.1 %); undefined when previous is 0. */
  relative: number | undefined;
  /** False when either figure is qualified ("about", "more than"), so the change is indicative only. */
  exact: boolean;
}

/**
 * Change between the latest actual figure of a series and the one before it. Only figures
 * of the same period length are compared (a year with a year, never a year with a
 * two-year total), and they must not overlap. Undefined when there is no such pair.
 *
 * @example 22 suicides in 2023 against 29 in 2022 → absolute −7, relative −0.241.
 */
export function computeChange(observations: readonly Observation[]): Change | undefined {
  const latest = latestActual(observations);
  if (!latest) return undefined;
  const length = periodLength(latest.period);
  const previous = observations
    .filter(
      (o) =>
        o.kind === 'actual' &&
        o !== latest &&
        periodLength(o.period) === length &&
        o.period.end < latest.period.start,
    )
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);
  if (!previous) return undefined;
  const absolute = latest.value - previous.value;
  return {
    latest,
    previous,
    absolute,
    relative: previous.value === 0 ? undefined : absolute / previous.value,
    exact: latest.qualifier === 'exact' && previous.qualifier === 'exact',
  };
}
