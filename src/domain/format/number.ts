import type { Unit } from '../model';

/** Enough precision for the figures the report states (one decimal at most). */
const MAX_FRACTION_DIGITS = 1;

/**
 * The locale whose number symbols a language is written with. Kazakh ("13 200,5", "45,5%" in
 * CLDR) borrows Russian's, which are the same: some browsers' ICU data lack Kazakh's number
 * symbols (Debian's Chromium writes "kk" as "13,200.5"), and a page prerendered in Node must
 * hydrate to the very same text in the browser.
 */
function numberLocale(locale: string): string {
  return locale === 'kk' ? 'ru' : locale;
}

export function formatNumber(
  value: number,
  locale: string,
  maximumFractionDigits = MAX_FRACTION_DIGITS,
): string {
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits }).format(value);
}

/** A value held in percent units (19.2 means 19.2 %), formatted the locale's way ("19.2%", "19,2 %"). */
export function formatPercent(
  value: number,
  locale: string,
  maximumFractionDigits = MAX_FRACTION_DIGITS,
): string {
  // Kazakh writes the sign right after the number, where Russian puts a space.
  if (locale === 'kk') return `${formatNumber(value, locale, maximumFractionDigits)}%`;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(
    value / 100,
  );
}

/** A number in its unit's own notation: percentages with the percent sign, counts plain. */
export function formatAmount(value: number, unit: Unit, locale: string): string {
  return unit === 'percent' ? formatPercent(value, locale) : formatNumber(value, locale);
}
