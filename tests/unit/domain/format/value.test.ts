import { describe, expect, it } from 'vitest';
import type { Qualifier, Unit } from '../../../../src/domain/model';
import { formatObservationValue, formatValue } from '../../../../src/domain/format/value';
import { makeObservation } from '../make-observation';

// Russian groups thousands with a no-break space (U+00A0) or, in newer CLDR, a narrow one (U+202F).
const RU_GROUP = '[\u00a0\u202f]';

describe(formatValue, () => {
  it.each<[string, number, Unit, Qualifier, boolean, string]>([
    [
      'a lower bound with its unit',
      40000,
      'cameras',
      'more_than',
      true,
      'more than 40,000 cameras',
    ],
    ['a lower bound without unit', 40000, 'cameras', 'more_than', false, 'more than 40,000'],
    ['"over"', 400, 'officials', 'over', true, 'over 400 officials'],
    ['an approximate value', 3500, 'investigations', 'about', false, 'about 3,500'],
    [
      'an approximate value with unit',
      3500,
      'investigations',
      'about',
      true,
      'about 3,500 investigations',
    ],
    ['a percentage', 19.2, 'percent', 'exact', false, '19.2%'],
    ['a percentage keeps only its sign as unit', 45.5, 'percent', 'exact', true, '45.5%'],
    ['an exact count', 13200, 'persons', 'exact', true, '13,200 persons'],
    ['one hour, singular', 1, 'hours', 'exact', true, '1 hour'],
    ['three hours, plural', 3, 'hours', 'exact', true, '3 hours'],
    ['nine facilities', 9, 'facilities', 'exact', true, '9 facilities'],
    ['housing units', 8, 'housing_units', 'exact', true, '8 housing units'],
    ['zero is plural', 0, 'deaths', 'exact', true, '0 deaths'],
  ])('en: %s', (_name, value, unit, qualifier, withUnit, expected) => {
    expect(formatValue(value, unit, qualifier, 'en', { withUnit })).toBe(expected);
  });

  it('leaves the unit out by default', () => {
    expect(formatValue(4500, 'persons', 'exact', 'en')).toBe('4,500');
  });

  it.each<[string, number, Unit, Qualifier, RegExp]>([
    ['13,200 persons', 13200, 'persons', 'exact', new RegExp(`^13${RU_GROUP}200$`)],
    ['45.5 per cent', 45.5, 'percent', 'exact', new RegExp(`^45,5${RU_GROUP}%$`)],
    ['more than 40,000', 40000, 'cameras', 'more_than', new RegExp(`40${RU_GROUP}000$`)],
  ])('ru: %s', (_name, value, unit, qualifier, expected) => {
    expect(formatValue(value, unit, qualifier, 'ru')).toMatch(expected);
  });

  it('ru: keeps the qualifier in front of the number', () => {
    const text = formatValue(40000, 'cameras', 'more_than', 'ru');
    expect(text).not.toMatch(/^40/);
    expect(text).not.toBe(formatValue(40000, 'cameras', 'exact', 'ru'));
  });
});

describe(formatObservationValue, () => {
  it('formats the observation’s own value, unit and qualifier', () => {
    const cameras = makeObservation(40000, 2024, { unit: 'cameras', qualifier: 'more_than' });
    expect(formatObservationValue(cameras, 'en', { withUnit: true })).toBe(
      'more than 40,000 cameras',
    );
    expect(formatObservationValue(cameras, 'en')).toBe('more than 40,000');
  });
});
