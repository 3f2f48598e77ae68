import type { TargetProgress } from '../target-progress';
import { formatNumber } from './number';
import { formatDifferenceUnit } from './units';

function years(count: number): string {
  return count === 1 ? '1 year' : `${count} years`;
}

/** A number rounded as it will be shown, so its noun can agree with it. */
function shown(value: number, fractionDigits: number): number {
  return Number(Math.abs(value).toFixed(fractionDigits));
}

/**
 * The gap to a target in words, e.g. "26.3 percentage points to go in 7 years: 3.8 points a
 * year needed". When the baseline is a lower bound the true value is higher: the gap to a
 * rising target is then "at most" what is shown, to a falling target "at least".
 */
export function describeTargetGap(progress: TargetProgress, locale: string): string {
  const { gap, yearsLeft, requiredPace, baseline, target, isMet } = progress;
  if (!baseline || gap === undefined || yearsLeft === undefined) {
    return 'No actual figure has been reported yet, so progress cannot be measured.';
  }
  if (isMet) return 'The latest reported figure already meets the target.';
  const unit = target.unit;
  const bound = !progress.baselineIsLowerBound
    ? ''
    : progress.direction === 'increase'
      ? 'at most '
      : 'at least ';
  const gapShown = shown(gap, 1);
  const gapText = `${bound}${formatNumber(gapShown, locale)} ${formatDifferenceUnit(unit, gapShown, locale)} to go`;
  if (requiredPace === undefined) {
    return `${gapText}, and the target year has already been reached.`;
  }
  // Shares to a tenth of a point; counts in whole units unless under one a year.
  const paceDigits = unit === 'percent' || Math.abs(requiredPace) < 1 ? 1 : 0;
  const paceShown = shown(requiredPace, paceDigits);
  const paceUnit =
    unit === 'percent'
      ? paceShown === 1
        ? 'point'
        : 'points'
      : formatDifferenceUnit(unit, paceShown, locale);
  const paceText = `${bound}${formatNumber(paceShown, locale, paceDigits)} ${paceUnit} a year needed`;
  return `${gapText} in ${years(yearsLeft)}: ${paceText}`;
}
