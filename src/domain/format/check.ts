import type { CheckResult } from '../checks/evaluate-check';
import type { RowRef } from '../checks/check-spec';
import type { Observation } from '../model';
import type { Locale } from '../translate';
import { formatNumber, formatPercent } from './number';
import { formatPeriod } from './period';
import { formatObservationValue } from './value';

export interface CheckDescription {
  /** The computation, one step a line, with the figures as the report states them. */
  working: string[];
  /** One sentence on what the verdict means. */
  explanation: string;
}

const sign = (value: number): string => (value > 0 ? '+' : value < 0 ? '−' : '');
const signed = (value: number, locale: Locale): string =>
  `${sign(value)}${formatNumber(Math.abs(value), locale.language)}`;
const signedPercent = (value: number, locale: Locale): string =>
  `${sign(value)}${formatPercent(Math.abs(value), locale.language)}`;
const plain = (o: Observation, locale: Locale): string => formatNumber(o.value, locale.language);
// Ids of the data, not words: the same in every language.
const refLabel = (ref: RowRef): string => `${ref.indicator} / ${ref.series} / ${ref.period}`;

/** The working and a one-sentence explanation of a computed check. */
export function describeCheck(
  { outcome }: Pick<CheckResult, 'outcome'>,
  locale: Locale,
): CheckDescription {
  const { t, language } = locale;
  const number = (value: number): string => formatNumber(value, language);
  const value = (o: Observation): string => formatObservationValue(o, locale);
  switch (outcome.kind) {
    case 'missing':
      return {
        working: outcome.missing.map((ref) => t('format:check.noRow', { ref: refLabel(ref) })),
        explanation: t('format:check.missing'),
      };
    case 'sum': {
      const { total, parts, sum, difference, verdict } = outcome;
      const working = [
        `${parts.map((p) => plain(p, locale)).join(' + ')} = ${number(sum)}`,
        t('format:check.statedTotal', { value: value(total) }),
      ];
      if (difference !== 0)
        working.push(t('format:check.difference', { value: signed(difference, locale) }));
      const values = { sum: number(sum), total: value(total) };
      const explanation =
        verdict === 'consistent'
          ? total.qualifier === 'exact'
            ? t('format:check.sum.exact')
            : t('format:check.sum.asStated', values)
          : verdict === 'approximately_consistent'
            ? t('format:check.sum.close', values)
            : verdict === 'cannot_verify'
              ? t('format:check.sum.lowerBoundPart')
              : t('format:check.sum.different', values);
      return { working, explanation };
    }
    case 'part_of': {
      const { whole, part, verdict } = outcome;
      const values = { part: value(part), whole: value(whole) };
      return {
        working: [`${plain(part, locale)} ≤ ${plain(whole, locale)}`],
        explanation:
          verdict === 'consistent'
            ? t('format:check.partOf.within', values)
            : verdict === 'cannot_verify'
              ? t('format:check.partOf.lowerBoundWhole')
              : t('format:check.partOf.larger', values),
      };
    }
    case 'percent_change': {
      const { from, to, statedChange, computedChange, laterBaseChange, laterBaseMatches } = outcome;
      const years = t('format:check.fromTo', {
        from: formatPeriod(from.period),
        to: formatPeriod(to.period),
      });
      const working = [
        `(${plain(to, locale)} − ${plain(from, locale)}) ÷ ${plain(from, locale)} = ${signedPercent(computedChange, locale)} (${years})`,
        t('format:check.stated', { value: signedPercent(statedChange, locale) }),
      ];
      if (laterBaseMatches) {
        working.push(
          `(${plain(to, locale)} − ${plain(from, locale)}) ÷ ${plain(to, locale)} = ${signedPercent(laterBaseChange, locale)}`,
        );
      }
      const values = {
        from: plain(from, locale),
        to: plain(to, locale),
        change: signedPercent(computedChange, locale),
        stated: signedPercent(statedChange, locale),
        later: plain(to, locale),
      };
      const explanation =
        outcome.verdict === 'consistent'
          ? t('format:check.percentChange.asStated', values)
          : outcome.verdict === 'approximately_consistent'
            ? t('format:check.percentChange.approximate', values)
            : outcome.verdict === 'cannot_verify'
              ? t('format:check.percentChange.zeroBase')
              : laterBaseMatches
                ? t('format:check.percentChange.laterBase', values)
                : t('format:check.percentChange.different', values);
      return { working, explanation };
    }
    case 'trend': {
      const { points, verdict, flatSteps } = outcome;
      const working = [
        points.map((p) => `${formatPeriod(p.period)}: ${plain(p, locale)}`).join(' → '),
      ];
      const explanation =
        verdict === 'consistent'
          ? t('format:check.trend.consistent')
          : verdict === 'approximately_consistent'
            ? flatSteps === 1
              ? t('format:check.trend.flatOneStep')
              : flatSteps > 1
                ? t('format:check.trend.flat', { count: flatSteps, value: number(flatSteps) })
                : t('format:check.trend.mostly')
            : verdict === 'cannot_verify'
              ? t('format:check.trend.tooFew')
              : t('format:check.trend.against');
      return { working, explanation };
    }
    case 'implied_base': {
      const { bases, spread, verdict } = outcome;
      const working = bases.map(
        ({ share, count, base }) =>
          `${plain(count, locale)} ÷ ${formatPercent(share.value, language)} = ${number(Math.round(base))} (${formatPeriod(share.period)})`,
      );
      const spreadText = formatPercent(spread * 100, language);
      if (bases.length > 1) working.push(t('format:check.spread', { value: spreadText }));
      const totals = bases
        .map((b) => number(Math.round(b.base)))
        .reduce(
          (first, second) => (first === '' ? second : t('format:check.and', { first, second })),
          '',
        );
      const explanation =
        verdict === 'consistent' || verdict === 'approximately_consistent'
          ? t('format:check.impliedBase.same', { totals })
          : verdict === 'cannot_verify'
            ? t('format:check.impliedBase.single')
            : t('format:check.impliedBase.different', { totals, spread: spreadText });
      return { working, explanation };
    }
    case 'required_pace': {
      const { progress, verdict } = outcome;
      const { baseline, target, requiredPace, paceSoFar } = progress;
      const points = target.unit === 'percent' ? 'Points' : '';
      const working =
        baseline && requiredPace !== undefined
          ? [
              t(`format:check.requiredPaceWorking${points}`, {
                formula: `(${plain(target, locale)} − ${plain(baseline, locale)}) ÷ (${target.period.end} − ${baseline.period.end})`,
                value: signed(requiredPace, locale),
              }),
            ]
          : [];
      if (paceSoFar !== undefined)
        working.push(t(`format:check.paceSoFar${points}`, { value: signed(paceSoFar, locale) }));
      const explanation =
        verdict === 'consistent'
          ? t('format:check.requiredPace.onPace')
          : verdict === 'inconsistent'
            ? t('format:check.requiredPace.slower')
            : baseline
              ? t(`format:check.requiredPace.noSecond${points}`, {
                  target: value(target),
                  year: String(target.period.end),
                  pace: signed(requiredPace ?? 0, locale),
                  from: formatPeriod(baseline.period),
                })
              : t('format:check.requiredPace.noBaseline');
      return { working, explanation };
    }
  }
}
