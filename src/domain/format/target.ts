import type { TargetProgress } from '../target-progress';
import { formatNumber } from './number';
import { formatDifferenceUnit } from './units';

function years(count: number): string {
  return count === 1 ? '1 year' : `${count} years`;
}

/**
 * The gap to a target in words, e.g. "26.3 percentage points to go in 7 years: 3.8 points a
 * year needed". Says "at most" when the baseline is a lower bound.
 */
export function describeTargetGap(progress: TargetProgress, locale: string): string {
  const { gap, yearsLeft, requiredPace, baseline, target, isMet } = progress;
  if (!baseline || gap === undefined || yearsLeft === undefined) {
    return 'No actual figure has been reported yet, so progress cannot be measured.';
  }
  if (isMet) return 'The latest reported figure already meets the target.';
  const unit = target.unit;
  const bound = progress.baselineIsLowerBound ? 'at most ' : '';
  const gapText = `${bound}${formatNumber(Math.abs(gap), locale)} ${formatDifferenceUnit(unit, gap, locale)} to go`;
  if (requiredPace === undefined) {
    return `${gapText}, and the target year has already been reached.`;
  }
  const paceUnit = unit === 'percent' ? 'points' : formatDifferenceUnit(unit, requiredPace, locale);
  // Counts are paced in whole units; shares to a tenth of a point.
  const paceDigits = unit === 'percent' ? 1 : 0;
  const paceText = `${bound}${formatNumber(Math.abs(requiredPace), locale, paceDigits)} ${paceUnit} a year needed`;
  return `${gapText} in ${years(yearsLeft)}: ${paceText}`;
}
