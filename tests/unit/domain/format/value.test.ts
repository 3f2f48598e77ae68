import { describe, expect, it } from 'vitest';
import type { Qualifier, Unit } from '../../../../src/domain/model';
import { formatObservationValue, formatValue } from '../../../../src/domain/format/value';
import { makeObservation } from '../make-observation';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');
const RU = testLocale('ru');

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
    expect(formatValue(value, unit, qualifier, EN, { withUnit })).toBe(expected);
  });

  it('leaves the unit out by default', () => {
    expect(formatValue(4500, 'persons', 'exact', EN)).toBe('4,500');
  });

  it.each<[string, number, Unit, Qualifier, RegExp]>([
    ['13,200 persons', 13200, 'persons', 'exact', new RegExp(`^13${RU_GROUP}200$`)],
    ['45.5 per cent', 45.5, 'percent', 'exact', new RegExp(`^45,5${RU_GROUP}%$`)],
    ['more than 40,000', 40000, 'cameras', 'more_than', new RegExp(`40${RU_GROUP}000$`)],
  ])('ru: %s', (_name, value, unit, qualifier, expected) => {
    expect(formatValue(value, unit, qualifier, RU)).toMatch(expected);
  });

  it('ru: keeps the qualifier in front of the number', () => {
    const text = formatValue(40000, 'cameras', 'more_than', RU);
    expect(text).not.toMatch(/^40/);
    expect(text).not.toBe(formatValue(40000, 'cameras', 'exact', RU));
  });
});

describe(formatObservationValue, () => {
  it('formats the observation’s own value, unit and qualifier', () => {
    const cameras = makeObservation(40000, 2024, { unit: 'cameras', qualifier: 'more_than' });
    expect(formatObservationValue(cameras, EN, { withUnit: true })).toBe(
      'more than 40,000 cameras',
    );
    expect(formatObservationValue(cameras, EN)).toBe('more than 40,000');
  });
});

describe('formatValue in Russian and Kazakh', () => {
  const ru = testLocale('ru');
  const kk = testLocale('kk');
  // The group separator as this runtime's Intl writes it, never a plain space.
  const group = (language: string): string =>
    new Intl.NumberFormat(language).format(40000).replace(/\d/g, '');

  it('ru: puts the qualifier in front and the noun in the genitive after it', () => {
    const g = group('ru');
    expect(formatValue(40000, 'cameras', 'more_than', ru)).toBe(`более 40${g}000`);
    expect(formatValue(40000, 'cameras', 'more_than', ru, { withUnit: true })).toBe(
      `более 40${g}000 камер`,
    );
    expect(formatValue(400, 'officials', 'over', ru, { withUnit: true })).toBe(
      'свыше 400 должностных лиц',
    );
    expect(formatValue(21, 'persons', 'about', ru, { withUnit: true })).toBe('около 21 человека');
  });

  it('ru: picks the noun form the number needs', () => {
    expect(formatValue(1, 'cases', 'exact', ru, { withUnit: true })).toBe('1 случай');
    expect(formatValue(3, 'cases', 'exact', ru, { withUnit: true })).toBe('3 случая');
    expect(formatValue(5, 'cases', 'exact', ru, { withUnit: true })).toBe('5 случаев');
    expect(formatValue(21, 'cases', 'exact', ru, { withUnit: true })).toBe('21 случай');
    expect(formatValue(1.5, 'hours', 'exact', ru, { withUnit: true })).toBe('1,5 часа');
  });

  it('ru: writes a percentage with a space before the sign', () => {
    expect(formatValue(45.5, 'percent', 'exact', ru)).toMatch(/^45,5[\u00a0\u202f]%$/);
  });

  it('kk: puts "more than" after the figure, with the ending the figure takes', () => {
    const g = group('kk');
    expect(formatValue(40000, 'cameras', 'more_than', kk, { withUnit: true })).toBe(
      `40${g}000-нан астам камера`,
    );
    expect(formatValue(400, 'officials', 'over', kk)).toBe('400-ден артық');
    expect(formatValue(45.5, 'percent', 'more_than', kk)).toMatch(
      /^45,5[\u00a0\u202f]?%-дан астам$/,
    );
    expect(formatValue(3500, 'investigations', 'about', kk, { withUnit: true })).toBe(
      `шамамен 3${group('kk')}500 тергеп-тексеру`,
    );
  });
});
