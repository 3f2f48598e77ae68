import type { Unit } from '../model';
import type { Locale } from '../translate';

/**
 * The unit's noun for a value as shown ("1 hour", "3 hours"; Russian "1 час", "3 часа",
 * "5 часов"); empty for percentages, which carry the % sign instead. Pass the number as
 * displayed (rounded), so that "1.04" shown as "1" reads "1 person". After a qualifier
 * (`afterQualifier`) Russian puts the noun in the genitive: "более 40 000 камер", "около
 * 1 человека".
 */
export function formatUnitNoun(
  unit: Unit,
  shownValue: number,
  locale: Locale,
  afterQualifier = false,
): string {
  if (unit === 'percent') return '';
  const count = Math.abs(shownValue);
  return afterQualifier
    ? locale.t(`format:unitAfterQualifier.${unit}`, { count })
    : locale.t(`format:unit.${unit}`, { count });
}

/** The unit of a change or pace: "percentage points" for percentages, else the noun. */
export function formatDifferenceUnit(unit: Unit, shownValue: number, locale: Locale): string {
  if (unit === 'percent') {
    return locale.t('format:unit.percentage_points', { count: Math.abs(shownValue) });
  }
  return formatUnitNoun(unit, shownValue, locale);
}
