import type { Observation, Qualifier, Unit } from '../model';
import type { Locale } from '../translate';
import { kazakhAblative } from './kazakh-ablative';
import { isLowerBound } from '../values';
import { formatAmount } from './number';
import { formatUnitNoun } from './units';

export interface FormatValueOptions {
  /** Append the unit's noun ("persons"); percentages always keep their sign. */
  withUnit?: boolean;
}

/** A number in its unit's notation with the source's qualifier: "more than 40,000". */
export function formatQualifiedAmount(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale: Locale,
): string {
  const amount = formatAmount(value, unit, locale.language);
  if (qualifier === 'exact') return amount;
  // Kazakh puts "more than" after the figure, in the ablative: "40 000-нан астам". The
  // ending follows how the figure is read aloud, so it is computed, not translated.
  const inAblative =
    locale.language === 'kk' && isLowerBound(qualifier)
      ? `${amount}-${kazakhAblative(amount, unit === 'percent')}`
      : amount;
  return locale.t(`format:qualified.${qualifier}`, { amount: inAblative });
}

/**
 * A stated value as a reader should see it: qualifier, number, unit.
 *
 * @example formatValue(40000, 'cameras', 'more_than', testLocale('en'), { withUnit: true }) → "more than 40,000 cameras"
 * @example the same in Russian → "более 40 000 камер"; in Kazakh → "40 000-нан астам камера"
 */
export function formatValue(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale: Locale,
  options: FormatValueOptions = {},
): string {
  const text = formatQualifiedAmount(value, unit, qualifier, locale);
  const noun = options.withUnit ? formatUnitNoun(unit, value, locale, qualifier !== 'exact') : '';
  return noun === '' ? text : locale.t('format:value.withUnit', { value: text, unit: noun });
}

export function formatObservationValue(
  observation: Observation,
  locale: Locale,
  options: FormatValueOptions = {},
): string {
  return formatValue(observation.value, observation.unit, observation.qualifier, locale, options);
}
