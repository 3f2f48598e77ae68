import type { Unit } from '../model';

interface UnitWords {
  one: string;
  other: string;
}

/** English unit nouns; percentages carry the % sign instead of a noun. */
const UNIT_WORDS: Record<Exclude<Unit, 'percent'>, UnitWords> = {
  persons: { one: 'person', other: 'persons' },
  officials: { one: 'official', other: 'officials' },
  deaths: { one: 'death', other: 'deaths' },
  cases: { one: 'case', other: 'cases' },
  investigations: { one: 'investigation', other: 'investigations' },
  submissions: { one: 'submission', other: 'submissions' },
  cameras: { one: 'camera', other: 'cameras' },
  facilities: { one: 'facility', other: 'facilities' },
  housing_units: { one: 'housing unit', other: 'housing units' },
  places: { one: 'place', other: 'places' },
  hours: { one: 'hour', other: 'hours' },
};

/** The unit's noun for a value ("1 hour", "3 hours"); empty for percentages. */
export function formatUnitNoun(unit: Unit, value: number, locale: string): string {
  if (unit === 'percent') return '';
  const words = UNIT_WORDS[unit];
  return new Intl.PluralRules(locale).select(value) === 'one' ? words.one : words.other;
}

/** The unit of a change or pace: "percentage points" for percentages, else the noun. */
export function formatDifferenceUnit(unit: Unit, value: number, locale: string): string {
  if (unit === 'percent') return Math.abs(value) === 1 ? 'percentage point' : 'percentage points';
  return formatUnitNoun(unit, value, locale);
}
