import type { Direction, Observation } from './model';
import { compareObservations, isLowerBound } from './values';

export interface Projection {
  year: number;
  value: number;
  /** Always true: a projection is computed by this dashboard, never stated by the source. */
  computed: true;
}

export interface TargetProgress {
  target: Observation;
  /** The latest actual figure up to the target year; undefined when there is none. */
  baseline: Observation | undefined;
  /** target − baseline, in the unit (percentage points for percentages). */
  gap: number | undefined;
  /** Years from the baseline year to the target year. */
  yearsLeft: number | undefined;
  /** Straight-line change needed each year to reach the target on time (computed). */
  requiredPace: number | undefined;
  /** baseline ÷ target, as a fraction of the target already reached. */
  shareOfTarget: number | undefined;
  isMet: boolean;
  /** Which way the series must move to reach the target. */
  direction: Direction;
  /**
   * True when the baseline is a lower bound ("more than"): the true value is higher, so the
   * gap to a rising target is at most the one computed, to a falling target at least.
   */
  baselineIsLowerBound: boolean;
  /** Average yearly change between the first and the latest actual; needs two actuals. */
  paceSoFar: number | undefined;
  /** Where the pace so far would lead by the target year (computed, labelled as a projection). */
  projection: Projection | undefined;
}

/**
 * Progress of one series toward its stated target.
 *
 * @example share in cells 19.2 % (2023), target 45.5 % (2030): gap 26.3 points in 7 years,
 * required pace 3.757 points a year, 42.2 % of the target reached.
 * @param desiredDirection which way the series should move; when not given, inferred from
 * the first actual and the target (a target above the first figure is to be reached from below).
 * @returns undefined when the series has no target.
 */
export function computeTargetProgress(
  observations: readonly Observation[],
  desiredDirection?: Direction,
): TargetProgress | undefined {
  const target = observations
    .filter((o) => o.kind === 'target')
    .sort(compareObservations)
    .at(-1);
  if (!target) return undefined;
  const actuals = observations
    .filter((o) => o.kind === 'actual' && o.period.end <= target.period.end)
    .sort(compareObservations);
  const baseline = actuals.at(-1);
  if (!baseline) {
    return {
      target,
      baseline,
      gap: undefined,
      yearsLeft: undefined,
      requiredPace: undefined,
      shareOfTarget: undefined,
      isMet: false,
      direction: desiredDirection ?? 'increase',
      baselineIsLowerBound: false,
      paceSoFar: undefined,
      projection: undefined,
    };
  }
  const first = actuals[0] ?? baseline;
  const rising = desiredDirection ? desiredDirection === 'increase' : target.value >= first.value;
  const gap = target.value - baseline.value;
  const baselineIsLowerBound = isLowerBound(baseline.qualifier);
  // A floor at or above a rising target meets it; a floor can never show a falling target met.
  const isMet = rising ? gap <= 0 : gap >= 0 && !baselineIsLowerBound;
  const yearsLeft = target.period.end - baseline.period.end;
  const elapsed = baseline.period.end - first.period.end;
  const paceSoFar = elapsed > 0 ? (baseline.value - first.value) / elapsed : undefined;
  return {
    target,
    baseline,
    gap,
    yearsLeft,
    requiredPace: !isMet && yearsLeft > 0 ? gap / yearsLeft : undefined,
    // "Share of the target reached" only reads naturally for a target to be reached from below.
    shareOfTarget: !rising || target.value === 0 ? undefined : baseline.value / target.value,
    isMet,
    direction: rising ? 'increase' : 'decrease',
    baselineIsLowerBound,
    paceSoFar,
    projection:
      paceSoFar === undefined || yearsLeft <= 0
        ? undefined
        : {
            year: target.period.end,
            value: baseline.value + paceSoFar * yearsLeft,
            computed: true,
          },
  };
}
