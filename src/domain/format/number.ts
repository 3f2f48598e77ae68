import type { Unit } from '../model';

/** Enough precision for the figures the report states (one decimal at most). */
const MAX_FRACTION_DIGITS = 1;

export function formatNumber(
  value: number,
  locale: string,
  maximumFractionDigits = MAX_FRACTION_DIGITS,
): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A value held in percent units (19.2 means 19.2 %), formatted the locale's way ("19.2%", "19,2 %"). */
export function formatPercent(
  value: number,
  locale: string,
  maximumFractionDigits = MAX_FRACTION_DIGITS,
): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(
    value / 100,
  );
}

/** A number in its unit's own notation: percentages with the percent sign, counts plain. */
export function formatAmount(value: number, unit: Unit, locale: string): string {
  return unit === 'percent' ? formatPercent(value, locale) : formatNumber(value, locale);
}
