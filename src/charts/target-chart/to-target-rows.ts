import type { Observation } from '../../domain/model';
import type { TargetProgress } from '../../domain/target-progress';

export interface TargetRow {
  year: number;
  actual?: number;
  target?: number;
  /** The straight path from the latest actual to the target (computed, not reported). */
  required?: number;
  /** Where the pace so far leads (computed), when two or more actuals exist. */
  projected?: number;
  observation?: Observation;
}

/**
 * A series with a target → rows for a target-versus-actual chart: the actual points, the
 * target point, and the required straight trajectory between the latest actual and the
 * target; plus the projection at the pace so far where one can be computed.
 */
export function toTargetRows(
  observations: readonly Observation[],
  progress: TargetProgress,
): TargetRow[] {
  const byYear = new Map<number, TargetRow>();
  const rowAt = (year: number): TargetRow => {
    const row = byYear.get(year) ?? { year };
    byYear.set(year, row);
    return row;
  };
  for (const o of observations) {
    if (o.period.start !== o.period.end) continue;
    if (o.kind === 'actual')
      Object.assign(rowAt(o.period.end), { actual: o.value, observation: o });
    if (o.kind === 'target')
      Object.assign(rowAt(o.period.end), { target: o.value, observation: o });
  }
  const { baseline, target, projection } = progress;
  if (baseline && !progress.isMet) {
    rowAt(baseline.period.end).required = baseline.value;
    rowAt(target.period.end).required = target.value;
  }
  if (baseline && projection) {
    rowAt(baseline.period.end).projected = baseline.value;
    rowAt(projection.year).projected = projection.value;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
