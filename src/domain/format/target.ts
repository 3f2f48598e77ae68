import type { TargetProgress } from '../target-progress';
import type { Locale } from '../translate';
import { formatNumber } from './number';
import { formatDifferenceUnit } from './units';

/** A number rounded as it will be shown, so its noun can agree with it. */
function shown(value: number, fractionDigits: number): number {
  return Number(Math.abs(value).toFixed(fractionDigits));
}

/**
 * The gap to a target in words, e.g. "26.3 percentage points to go in 7 years: 3.8 points a
 * year needed". When the baseline is a lower bound the true value is higher: the gap to a
 * rising target is then "at most" what is shown, to a falling target "at least".
 */
export function describeTargetGap(progress: TargetProgress, locale: Locale): string {
  const { gap, yearsLeft, requiredPace, baseline, target, isMet } = progress;
  const { t, language } = locale;
  if (!baseline || gap === undefined || yearsLeft === undefined) {
    return t('format:target.noBaseline');
  }
  if (isMet) return t('format:target.met');
  const unit = target.unit;
  const bound = !progress.baselineIsLowerBound
    ? ''
    : progress.direction === 'increase'
      ? 'AtMost'
      : 'AtLeast';
  const gapShown = shown(gap, 1);
  const gapText = t(`format:target.gap${bound}`, {
    amount: formatNumber(gapShown, language),
    unit: formatDifferenceUnit(unit, gapShown, locale),
  });
  if (requiredPace === undefined) {
    return t('format:target.yearReached', { gap: gapText });
  }
  // Shares to a tenth of a point; counts in whole units unless under one a year.
  const paceDigits = unit === 'percent' || Math.abs(requiredPace) < 1 ? 1 : 0;
  const paceShown = shown(requiredPace, paceDigits);
  const paceUnit =
    unit === 'percent'
      ? t('format:unit.points', { count: paceShown })
      : formatDifferenceUnit(unit, paceShown, locale);
  const paceText = t(`format:target.pace${bound}`, {
    amount: formatNumber(paceShown, language, paceDigits),
    unit: paceUnit,
  });
  const years = t('format:target.years', {
    count: yearsLeft,
    value: formatNumber(yearsLeft, language),
  });
  return t('format:target.withPace', { gap: gapText, years, pace: paceText });
}
