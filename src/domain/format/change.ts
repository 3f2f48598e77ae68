import type { Change } from '../change';
import { formatNumber, formatPercent } from './number';
import { formatPeriod } from './period';
import { formatDifferenceUnit } from './units';

function signed(text: string, value: number): string {
  // U+2212 MINUS SIGN reads better than a hyphen next to figures.
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : text;
}

/**
 * "−7 cases (−24.1%) since 2022"; percentages change in percentage points.
 * Qualified figures get "about" in front, since their difference is only indicative.
 */
export function formatChange(change: Change, locale: string): string {
  const { absolute, relative, latest, previous } = change;
  const unit = latest.unit;
  const amount = signed(formatNumber(Math.abs(absolute), locale), absolute);
  const noun = formatDifferenceUnit(unit, absolute, locale);
  const relativeText =
    relative === undefined || unit === 'percent'
      ? ''
      : ` (${signed(formatPercent(Math.abs(relative) * 100, locale), relative)})`;
  const prefix = change.exact ? '' : 'about ';
  return `${prefix}${amount} ${noun}${relativeText} since ${formatPeriod(previous.period)}`;
}
