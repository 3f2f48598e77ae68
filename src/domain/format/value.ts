import type { Observation, Qualifier, Unit } from '../model';
import { formatAmount } from './number';
import { formatQualifier } from './qualifier';
import { formatUnitNoun } from './units';

export interface FormatValueOptions {
  /** Append the unit's noun ("persons"); percentages always keep their sign. */
  withUnit?: boolean;
}

/**
 * A stated value as a reader should see it: qualifier, number, unit.
 *
 * @example formatValue(40000, 'cameras', 'more_than', 'en', { withUnit: true }) → "more than 40,000 cameras"
 */
export function formatValue(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale: string,
  options: FormatValueOptions = {},
): string {
  const parts = [formatQualifier(qualifier), formatAmount(value, unit, locale)];
  if (options.withUnit) parts.push(formatUnitNoun(unit, value, locale));
  return parts.filter((part) => part !== '').join(' ');
}

export function formatObservationValue(
  observation: Observation,
  locale: string,
  options: FormatValueOptions = {},
): string {
  return formatValue(observation.value, observation.unit, observation.qualifier, locale, options);
}
