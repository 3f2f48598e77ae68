import type { Observation } from '../model';
import { computeTargetProgress, type TargetProgress } from '../target-progress';
import { compareObservations, isApproximate, isLowerBound } from '../values';
import {
  parseRefPeriod,
  type CheckSpec,
  type ImpliedBaseCheck,
  type PartOfCheck,
  type PercentChangeCheck,
  type RequiredPaceCheck,
  type RowRef,
  type SumCheck,
  type TrendCheck,
  type Verdict,
} from './check-spec';

/** The computed result of a check: its verdict and the numbers behind it. */
export type CheckOutcome =
  | { kind: 'missing'; verdict: 'cannot_verify'; missing: RowRef[] }
  | {
      kind: 'sum';
      verdict: Verdict;
      total: Observation;
      parts: Observation[];
      sum: number;
      /** sum − total. */
      difference: number;
    }
  | { kind: 'part_of'; verdict: Verdict; whole: Observation; part: Observation }
  | {
      kind: 'percent_change';
      verdict: Verdict;
      from: Observation;
      to: Observation;
      stated: Observation;
      /** Signed: negative for a decrease. */
      statedChange: number;
      computedChange: number;
      /** The change divided by the later figure: what a wrong base gives. */
      laterBaseChange: number;
      laterBaseMatches: boolean;
    }
  | {
      kind: 'trend';
      verdict: Verdict;
      points: Observation[];
      againstSteps: number;
      flatSteps: number;
    }
  | {
      kind: 'implied_base';
      verdict: Verdict;
      bases: { share: Observation; count: Observation; base: number }[];
      /** Largest implied total ÷ smallest, minus one. */
      spread: number;
    }
  | { kind: 'required_pace'; verdict: Verdict; progress: TargetProgress };

export interface CheckResult {
  spec: CheckSpec;
  outcome: CheckOutcome;
  /** Every row the check read, for links to their paragraphs. */
  rows: Observation[];
}

type Lookup = (ref: RowRef) => Observation | undefined;

function lookupIn(observations: readonly Observation[]): Lookup {
  return (ref) => {
    const period = parseRefPeriod(ref.period);
    if (!period) return undefined;
    return observations.find(
      (o) =>
        o.indicator === ref.indicator &&
        o.series === ref.series &&
        o.period.start === period.start &&
        o.period.end === period.end,
    );
  };
}

/** Resolves every ref, or reports the ones with no row (a check that cannot be made). */
function resolve(
  refs: readonly RowRef[],
  lookup: Lookup,
): { rows: Observation[] } | { missing: RowRef[] } {
  const rows = refs.map(lookup);
  const missing = refs.filter((_, index) => rows[index] === undefined);
  return missing.length > 0 ? { missing } : { rows: rows as Observation[] };
}

function verdictForSum(total: Observation, parts: Observation[], tolerance: number): Verdict {
  if (parts.some((p) => isLowerBound(p.qualifier))) return 'cannot_verify';
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  if (isLowerBound(total.qualifier)) return sum > total.value ? 'consistent' : 'inconsistent';
  if (sum === total.value) return 'consistent';
  const relative = Math.abs(sum - total.value) / Math.abs(total.value || 1);
  const allowed =
    isApproximate(total.qualifier) || parts.some((p) => isApproximate(p.qualifier))
      ? Math.max(tolerance, 0.05)
      : tolerance;
  return relative <= allowed ? 'approximately_consistent' : 'inconsistent';
}

function evaluateSum(spec: SumCheck, lookup: Lookup): CheckResult {
  const found = resolve([spec.total, ...spec.parts], lookup);
  if ('missing' in found) return missingResult(spec, found.missing);
  const [total, ...parts] = found.rows as [Observation, ...Observation[]];
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  return {
    spec,
    rows: found.rows,
    outcome: {
      kind: 'sum',
      verdict: verdictForSum(total, parts, spec.tolerance ?? 0),
      total,
      parts,
      sum,
      difference: sum - total.value,
    },
  };
}

function evaluatePartOf(spec: PartOfCheck, lookup: Lookup): CheckResult {
  const found = resolve([spec.whole, spec.part], lookup);
  if ('missing' in found) return missingResult(spec, found.missing);
  const [whole, part] = found.rows as [Observation, Observation];
  // A part larger than an exact whole is impossible; larger than a floor, undecidable.
  const verdict: Verdict =
    part.value <= whole.value
      ? 'consistent'
      : isLowerBound(whole.qualifier)
        ? 'cannot_verify'
        : 'inconsistent';
  return { spec, rows: found.rows, outcome: { kind: 'part_of', verdict, whole, part } };
}

function evaluatePercentChange(spec: PercentChangeCheck, lookup: Lookup): CheckResult {
  const found = resolve([spec.from, spec.to, spec.stated], lookup);
  if ('missing' in found) return missingResult(spec, found.missing);
  const [from, to, stated] = found.rows as [Observation, Observation, Observation];
  const statedChange = spec.statedDirection === 'decrease' ? -stated.value : stated.value;
  const computedChange =
    from.value === 0 ? Number.NaN : ((to.value - from.value) / from.value) * 100;
  const laterBaseChange = to.value === 0 ? Number.NaN : ((to.value - from.value) / to.value) * 100;
  const within = (value: number): boolean =>
    Number.isFinite(value) && Math.abs(value - statedChange) <= spec.tolerancePoints;
  const approximate = [from, to].some((o) => o.qualifier !== 'exact');
  const verdict: Verdict = !Number.isFinite(computedChange)
    ? 'cannot_verify'
    : within(computedChange)
      ? approximate
        ? 'approximately_consistent'
        : 'consistent'
      : 'inconsistent';
  return {
    spec,
    rows: found.rows,
    outcome: {
      kind: 'percent_change',
      verdict,
      from,
      to,
      stated,
      statedChange,
      computedChange,
      laterBaseChange,
      laterBaseMatches: verdict === 'inconsistent' && within(laterBaseChange),
    },
  };
}

function evaluateTrend(spec: TrendCheck, observations: readonly Observation[]): CheckResult {
  const points = observations
    .filter(
      (o) =>
        o.indicator === spec.series.indicator &&
        o.series === spec.series.series &&
        o.kind === 'actual' &&
        o.period.start === o.period.end &&
        o.period.start >= spec.from &&
        o.period.end <= spec.to,
    )
    .sort(compareObservations);
  const sign = spec.stated === 'decrease' ? -1 : 1;
  const steps = points.slice(1).map((p, index) => p.value - (points[index]?.value ?? p.value));
  const againstSteps = steps.filter((step) => step * sign < 0).length;
  const flatSteps = steps.filter((step) => step === 0).length;
  const first = points[0];
  const last = points.at(-1);
  const net = first && last ? (last.value - first.value) * sign : 0;
  const verdict: Verdict =
    points.length < 2 || points.some((p) => p.qualifier !== 'exact')
      ? 'cannot_verify'
      : net <= 0
        ? 'inconsistent'
        : againstSteps === 0 && flatSteps === 0
          ? 'consistent'
          : 'approximately_consistent';
  return {
    spec,
    rows: points,
    outcome: { kind: 'trend', verdict, points, againstSteps, flatSteps },
  };
}

function evaluateImpliedBase(spec: ImpliedBaseCheck, lookup: Lookup): CheckResult {
  const refs = spec.pairs.flatMap((pair) => [pair.share, pair.count]);
  const found = resolve(refs, lookup);
  if ('missing' in found) return missingResult(spec, found.missing);
  const bases = spec.pairs.map((_, index) => {
    const share = found.rows[index * 2] as Observation;
    const count = found.rows[index * 2 + 1] as Observation;
    return {
      share,
      count,
      base: share.value === 0 ? Number.NaN : count.value / (share.value / 100),
    };
  });
  const values = bases.map((b) => b.base);
  const spread = Math.max(...values) / Math.min(...values) - 1;
  const approximate = found.rows.some((o) => o.qualifier !== 'exact');
  const verdict: Verdict =
    bases.length < 2 || !Number.isFinite(spread)
      ? 'cannot_verify'
      : spread <= spec.tolerance
        ? approximate
          ? 'approximately_consistent'
          : 'consistent'
        : 'inconsistent';
  return { spec, rows: found.rows, outcome: { kind: 'implied_base', verdict, bases, spread } };
}

function evaluateRequiredPace(
  spec: RequiredPaceCheck,
  observations: readonly Observation[],
): CheckResult {
  const series = observations.filter(
    (o) => o.indicator === spec.series.indicator && o.series === spec.series.series,
  );
  const progress = computeTargetProgress(series);
  if (!progress) {
    return missingResult(spec, [{ ...spec.series, period: 'target' }]);
  }
  // The pace needed is arithmetic, not a claim; it can be judged only against a pace so far.
  const verdict: Verdict = progress.isMet
    ? 'consistent'
    : progress.paceSoFar === undefined || progress.requiredPace === undefined
      ? 'cannot_verify'
      : Math.sign(progress.paceSoFar) === Math.sign(progress.requiredPace) &&
          Math.abs(progress.paceSoFar) >= Math.abs(progress.requiredPace)
        ? 'consistent'
        : 'inconsistent';
  const rows = [progress.baseline, progress.target].filter((o): o is Observation => !!o);
  return { spec, rows, outcome: { kind: 'required_pace', verdict, progress } };
}

function missingResult(spec: CheckSpec, missing: RowRef[]): CheckResult {
  return { spec, rows: [], outcome: { kind: 'missing', verdict: 'cannot_verify', missing } };
}

/** Evaluates a declared check against the observation rows (of every indicator). */
export function evaluateCheck(spec: CheckSpec, observations: readonly Observation[]): CheckResult {
  const lookup = lookupIn(observations);
  switch (spec.kind) {
    case 'sum':
      return evaluateSum(spec, lookup);
    case 'part_of':
      return evaluatePartOf(spec, lookup);
    case 'percent_change':
      return evaluatePercentChange(spec, lookup);
    case 'trend':
      return evaluateTrend(spec, observations);
    case 'implied_base':
      return evaluateImpliedBase(spec, lookup);
    case 'required_pace':
      return evaluateRequiredPace(spec, observations);
  }
}

/** The indicators a check reads, for showing it on their pages. */
export function checkIndicators(spec: CheckSpec): string[] {
  const refs: { indicator: string }[] = (() => {
    switch (spec.kind) {
      case 'sum':
        return [spec.total, ...spec.parts];
      case 'part_of':
        return [spec.whole, spec.part];
      case 'percent_change':
        return [spec.from, spec.to, spec.stated];
      case 'trend':
      case 'required_pace':
        return [spec.series];
      case 'implied_base':
        return spec.pairs.flatMap((pair) => [pair.share, pair.count]);
    }
  })();
  return [...new Set(refs.map((ref) => ref.indicator))];
}

/** Every indicator a list of checks reads, once each, in order. */
export function indicatorsReadBy(specs: readonly CheckSpec[]): string[] {
  return [...new Set(specs.flatMap(checkIndicators))];
}

/**
 * Evaluates the checks whose indicators have all loaded (`observations` undefined while one
 * is loading or has failed); the others are left out rather than judged on partial data.
 */
export function evaluateLoadedChecks(
  specs: readonly CheckSpec[],
  indicators: readonly { id: string; observations: readonly Observation[] | undefined }[],
): CheckResult[] {
  const loaded = new Set(indicators.filter((i) => i.observations).map((i) => i.id));
  const observations = indicators.flatMap((i) => i.observations ?? []);
  return specs
    .filter((spec) => checkIndicators(spec).every((id) => loaded.has(id)))
    .map((spec) => evaluateCheck(spec, observations));
}
