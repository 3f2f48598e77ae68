import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../src/domain/model';
import { UNITS } from '../../../../src/domain/model';
import { formatDifferenceUnit, formatUnitNoun } from '../../../../src/domain/format/units';

describe(formatUnitNoun, () => {
  it.each<[Unit, string, string]>([
    ['persons', 'person', 'persons'],
    ['officials', 'official', 'officials'],
    ['deaths', 'death', 'deaths'],
    ['cases', 'case', 'cases'],
    ['investigations', 'investigation', 'investigations'],
    ['submissions', 'submission', 'submissions'],
    ['cameras', 'camera', 'cameras'],
    ['facilities', 'facility', 'facilities'],
    ['housing_units', 'housing unit', 'housing units'],
    ['places', 'place', 'places'],
    ['beds', 'bed', 'beds'],
    ['visits', 'visit', 'visits'],
    ['documents', 'document', 'documents'],
    ['hours', 'hour', 'hours'],
  ])('en: %s → "%s" for 1, "%s" otherwise', (unit, one, other) => {
    expect(formatUnitNoun(unit, 1, 'en')).toBe(one);
    expect(formatUnitNoun(unit, 2, 'en')).toBe(other);
    expect(formatUnitNoun(unit, 0, 'en')).toBe(other);
    expect(formatUnitNoun(unit, 13200, 'en')).toBe(other);
    expect(formatUnitNoun(unit, 1.5, 'en')).toBe(other);
  });

  it('has a noun for every unit but percent, which has none', () => {
    for (const unit of UNITS) {
      expect(formatUnitNoun(unit, 2, 'en') === '').toBe(unit === 'percent');
    }
  });

  it('ru: does not pick the English singular for 21', () => {
    expect(formatUnitNoun('persons', 21, 'ru')).not.toBe('person');
    expect(formatUnitNoun('cases', 101, 'ru')).not.toBe('case');
  });
});

describe(formatDifferenceUnit, () => {
  it.each<[number, string]>([
    [1, 'percentage point'],
    [-1, 'percentage point'],
    [26.3, 'percentage points'],
    [-7, 'percentage points'],
    [0.5, 'percentage points'],
    [0, 'percentage points'],
  ])('percent: %d → "%s"', (value, expected) => {
    expect(formatDifferenceUnit('percent', value, 'en')).toBe(expected);
  });

  it.each<[Unit, number, string]>([
    ['cases', -7, 'cases'],
    ['cases', -1, 'case'],
    ['cases', 1, 'case'],
    ['persons', 8700, 'persons'],
    ['officials', -45, 'officials'],
  ])('%s: %d → "%s"', (unit, value, expected) => {
    expect(formatDifferenceUnit(unit, value, 'en')).toBe(expected);
  });
});
