import type { CheckResult } from '../checks/evaluate-check';
import type { RowRef, Verdict } from '../checks/check-spec';
import type { Observation } from '../model';
import { formatNumber, formatPercent } from './number';
import { formatPeriod } from './period';
import { formatObservationValue } from './value';

export const VERDICT_LABELS: Record<Verdict, string> = {
  consistent: 'Consistent',
  approximately_consistent: 'Approximately consistent',
  inconsistent: 'Inconsistent',
  cannot_verify: 'Cannot be verified',
};

export interface CheckDescription {
  /** The computation, one step a line, with the figures as the report states them. */
  working: string[];
  /** One sentence on what the verdict means. */
  explanation: string;
}

const signed = (value: number, locale: string): string =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), locale)}`;
const signedPercent = (value: number, locale: string): string =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatPercent(Math.abs(value), locale)}`;
const plain = (o: Observation, locale: string): string => formatNumber(o.value, locale);
const refLabel = (ref: RowRef): string => `${ref.indicator} / ${ref.series} / ${ref.period}`;

/** The working and a one-sentence explanation of a computed check. */
export function describeCheck({ outcome }: CheckResult, locale: string): CheckDescription {
  switch (outcome.kind) {
    case 'missing':
      return {
        working: outcome.missing.map((ref) => `No row for ${refLabel(ref)}`),
        explanation:
          'A figure the check needs is missing from the data, so the statement cannot be checked.',
      };
    case 'sum': {
      const { total, parts, sum, difference, verdict } = outcome;
      const working = [
        `${parts.map((p) => plain(p, locale)).join(' + ')} = ${formatNumber(sum, locale)}`,
        `Stated total: ${formatObservationValue(total, locale)}`,
      ];
      if (difference !== 0) working.push(`Difference: ${signed(difference, locale)}`);
      const explanation =
        verdict === 'consistent'
          ? total.qualifier === 'exact'
            ? 'The parts add up exactly to the stated total.'
            : `The parts add up to ${formatNumber(sum, locale)}, which is ${formatObservationValue(total, locale)} as stated.`
          : verdict === 'approximately_consistent'
            ? `The parts add up to ${formatNumber(sum, locale)}, close to the stated ${formatObservationValue(total, locale)}.`
            : verdict === 'cannot_verify'
              ? 'A part is stated only as a lower bound, so its sum cannot be compared with the total.'
              : `The parts add up to ${formatNumber(sum, locale)}, not the stated ${formatObservationValue(total, locale)}.`;
      return { working, explanation };
    }
    case 'part_of': {
      const { whole, part, verdict } = outcome;
      return {
        working: [`${plain(part, locale)} ≤ ${plain(whole, locale)}`],
        explanation:
          verdict === 'consistent'
            ? `The part (${formatObservationValue(part, locale)}) is within the whole (${formatObservationValue(whole, locale)}).`
            : verdict === 'cannot_verify'
              ? 'The whole is stated only as a lower bound, so the part cannot be compared with it.'
              : `The part (${formatObservationValue(part, locale)}) is larger than the whole (${formatObservationValue(whole, locale)}).`,
      };
    }
    case 'percent_change': {
      const { from, to, statedChange, computedChange, laterBaseChange, laterBaseMatches } = outcome;
      const fromYear = formatPeriod(from.period);
      const toYear = formatPeriod(to.period);
      const working = [
        `(${plain(to, locale)} − ${plain(from, locale)}) ÷ ${plain(from, locale)} = ${signedPercent(computedChange, locale)} (${fromYear} to ${toYear})`,
        `Stated: ${signedPercent(statedChange, locale)}`,
      ];
      if (laterBaseMatches) {
        working.push(
          `(${plain(to, locale)} − ${plain(from, locale)}) ÷ ${plain(to, locale)} = ${signedPercent(laterBaseChange, locale)}`,
        );
      }
      const explanation =
        outcome.verdict === 'consistent'
          ? `From ${plain(from, locale)} to ${plain(to, locale)} is a change of ${signedPercent(computedChange, locale)}, as stated.`
          : outcome.verdict === 'approximately_consistent'
            ? `The change computed from the approximate figures, ${signedPercent(computedChange, locale)}, matches the stated ${signedPercent(statedChange, locale)}.`
            : outcome.verdict === 'cannot_verify'
              ? 'The earlier figure is zero, so no percentage change can be computed.'
              : laterBaseMatches
                ? `From ${plain(from, locale)} to ${plain(to, locale)} is ${signedPercent(computedChange, locale)}; the stated ${signedPercent(statedChange, locale)} is what dividing by the later figure (${plain(to, locale)}) instead of the earlier one gives.`
                : `From ${plain(from, locale)} to ${plain(to, locale)} is ${signedPercent(computedChange, locale)}, not the stated ${signedPercent(statedChange, locale)}.`;
      return { working, explanation };
    }
    case 'trend': {
      const { points, verdict, flatSteps } = outcome;
      const working = [
        points.map((p) => `${formatPeriod(p.period)}: ${plain(p, locale)}`).join(' → '),
      ];
      const explanation =
        verdict === 'consistent'
          ? 'Every year moves in the stated direction.'
          : verdict === 'approximately_consistent'
            ? flatSteps > 0
              ? `The series ends lower than it starts, but holds flat in ${flatSteps === 1 ? 'one step' : `${flatSteps} steps`}, so the trend is weaker than stated.`
              : 'Overall the series moves in the stated direction, but not every year does.'
            : verdict === 'cannot_verify'
              ? 'Fewer than two exact yearly figures are stated for the period.'
              : 'Over the stated years the series does not move in the stated direction.';
      return { working, explanation };
    }
    case 'implied_base': {
      const { bases, spread, verdict } = outcome;
      const working = bases.map(
        ({ share, count, base }) =>
          `${plain(count, locale)} ÷ ${formatPercent(share.value, locale)} = ${formatNumber(Math.round(base), locale)} (${formatPeriod(share.period)})`,
      );
      if (bases.length > 1)
        working.push(`Spread between implied totals: ${formatPercent(spread * 100, locale)}`);
      const totals = bases.map((b) => formatNumber(Math.round(b.base), locale)).join(' and ');
      const explanation =
        verdict === 'consistent' || verdict === 'approximately_consistent'
          ? `The pairs imply the same total (${totals}) within rounding.`
          : verdict === 'cannot_verify'
            ? 'A single pair implies a total but there is nothing to compare it with.'
            : `The pairs imply different totals (${totals}): either the whole grows by ${formatPercent(spread * 100, locale)} between the two dates, or the shares are of different bases; the report does not say which.`;
      return { working, explanation };
    }
    case 'required_pace': {
      const { progress, verdict } = outcome;
      const { baseline, target, requiredPace, paceSoFar } = progress;
      const unit = target.unit === 'percent' ? ' points' : '';
      const working =
        baseline && requiredPace !== undefined
          ? [
              `(${plain(target, locale)} − ${plain(baseline, locale)}) ÷ (${target.period.end} − ${baseline.period.end}) = ${signed(requiredPace, locale)}${unit} a year`,
            ]
          : [];
      if (paceSoFar !== undefined)
        working.push(`Pace so far: ${signed(paceSoFar, locale)}${unit} a year`);
      const explanation =
        verdict === 'consistent'
          ? 'The pace so far is at least the pace the target needs.'
          : verdict === 'inconsistent'
            ? 'The pace so far is slower than the pace the target needs.'
            : baseline
              ? `Reaching ${formatObservationValue(target, locale)} by ${target.period.end} needs ${signed(requiredPace ?? 0, locale)}${unit} a year from ${formatPeriod(baseline.period)}; the report gives no second yearly figure to show the pace so far.`
              : 'The report states the target but no figure to measure progress from.';
      return { working, explanation };
    }
  }
}
