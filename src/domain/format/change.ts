import type { Change } from '../change';
import type { Locale } from '../translate';
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
export function formatChange(change: Change, locale: Locale): string {
  const { absolute, relative, latest, previous } = change;
  const unit = latest.unit;
  const figure = signed(formatNumber(Math.abs(absolute), locale.language), absolute);
  const amount = change.exact ? figure : locale.t('format:change.approximate', { amount: figure });
  const noun = formatDifferenceUnit(unit, absolute, locale);
  const withRelative = relative !== undefined && unit !== 'percent';
  const range = previous.period.start !== previous.period.end;
  const key = `format:change.${withRelative ? 'textWithRelative' : 'text'}${range ? 'Range' : ''}`;
  return locale.t(key, {
    amount,
    unit: noun,
    relative: withRelative
      ? signed(formatPercent(Math.abs(relative) * 100, locale.language), relative)
      : '',
    period: formatPeriod(previous.period),
  });
}
