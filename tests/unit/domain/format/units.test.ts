import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../src/domain/model';
import { UNITS } from '../../../../src/domain/model';
import { formatDifferenceUnit, formatUnitNoun } from '../../../../src/domain/format/units';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');
const RU = testLocale('ru');

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
    expect(formatUnitNoun(unit, 1, EN)).toBe(one);
    expect(formatUnitNoun(unit, 2, EN)).toBe(other);
    expect(formatUnitNoun(unit, 0, EN)).toBe(other);
    expect(formatUnitNoun(unit, 13200, EN)).toBe(other);
    expect(formatUnitNoun(unit, 1.5, EN)).toBe(other);
  });

  it('has a noun for every unit but percent, which has none', () => {
    for (const unit of UNITS) {
      expect(formatUnitNoun(unit, 2, EN) === '').toBe(unit === 'percent');
    }
  });

  it('ru: does not pick the English singular for 21', () => {
    expect(formatUnitNoun('persons', 21, RU)).not.toBe('person');
    expect(formatUnitNoun('cases', 101, RU)).not.toBe('case');
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
    expect(formatDifferenceUnit('percent', value, EN)).toBe(expected);
  });

  it.each<[Unit, number, string]>([
    ['cases', -7, 'cases'],
    ['cases', -1, 'case'],
    ['cases', 1, 'case'],
    ['persons', 8700, 'persons'],
    ['officials', -45, 'officials'],
  ])('%s: %d → "%s"', (unit, value, expected) => {
    expect(formatDifferenceUnit(unit, value, EN)).toBe(expected);
  });
});

describe('Russian unit nouns', () => {
  const ru = testLocale('ru');

  it.each<[number, string]>([
    [1, 'человек'],
    [3, 'человека'],
    [5, 'человек'],
    [21, 'человек'],
    [22, 'человека'],
    [1.5, 'человека'],
  ])('persons: %d → "%s"', (value, expected) => {
    expect(formatUnitNoun('persons', value, ru)).toBe(expected);
  });

  it.each<[number, string]>([
    [1, 'камера'],
    [3, 'камеры'],
    [5, 'камер'],
    [21, 'камера'],
  ])('cameras: %d → "%s"', (value, expected) => {
    expect(formatUnitNoun('cameras', value, ru)).toBe(expected);
  });

  it('percentage points agree with the number', () => {
    expect(formatDifferenceUnit('percent', 1, ru)).toBe('процентный пункт');
    expect(formatDifferenceUnit('percent', 3, ru)).toBe('процентных пункта');
    expect(formatDifferenceUnit('percent', 7, ru)).toBe('процентных пунктов');
    expect(formatDifferenceUnit('percent', 26.3, ru)).toBe('процентного пункта');
  });

  it('has a noun for every unit but percent in every language', () => {
    for (const language of ['ru', 'kk'] as const) {
      for (const unit of UNITS) {
        for (const value of [1, 3, 5, 1.5]) {
          const noun = formatUnitNoun(unit, value, testLocale(language));
          expect(noun === '').toBe(unit === 'percent');
          expect(noun).not.toContain('unit');
        }
      }
    }
  });
});
