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
  beds: { one: 'bed', other: 'beds' },
  visits: { one: 'visit', other: 'visits' },
  documents: { one: 'document', other: 'documents' },
  hours: { one: 'hour', other: 'hours' },
};

// The nouns are English, so English plural rules pick them whatever the number format's
// locale (Russian puts 21 in "one"). Translated nouns will bring their own rules.
const ENGLISH_PLURALS = new Intl.PluralRules('en');

/**
 * The unit's noun for a value as shown ("1 hour", "3 hours"); empty for percentages. Pass
 * the number as displayed (rounded), so that "1.04" shown as "1" reads "1 person".
 */
export function formatUnitNoun(unit: Unit, shownValue: number, _locale: string): string {
  if (unit === 'percent') return '';
  const words = UNIT_WORDS[unit];
  return ENGLISH_PLURALS.select(Math.abs(shownValue)) === 'one' ? words.one : words.other;
}

/** The unit of a change or pace: "percentage points" for percentages, else the noun. */
export function formatDifferenceUnit(unit: Unit, shownValue: number, locale: string): string {
  if (unit === 'percent') {
    return Math.abs(shownValue) === 1 ? 'percentage point' : 'percentage points';
  }
  return formatUnitNoun(unit, shownValue, locale);
}
