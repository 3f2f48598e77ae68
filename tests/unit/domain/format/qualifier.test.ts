import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../../../src/domain/model';
import { QUALIFIERS } from '../../../../src/domain/model';
import { describeQualifier, formatQualifier } from '../../../../src/domain/format/qualifier';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');

describe(formatQualifier, () => {
  it.each<[Qualifier, string]>([
    ['exact', ''],
    ['about', 'about'],
    ['more_than', 'more than'],
    ['over', 'over'],
  ])('%s → "%s"', (qualifier, expected) => {
    expect(formatQualifier(qualifier, EN)).toBe(expected);
  });

  it.each<[Qualifier, string, string]>([
    ['exact', '', ''],
    ['about', 'около', 'шамамен'],
    ['more_than', 'более', 'астам'],
    ['over', 'свыше', 'артық'],
  ])('%s → ru "%s", kk "%s"', (qualifier, ru, kk) => {
    expect(formatQualifier(qualifier, testLocale('ru'))).toBe(ru);
    expect(formatQualifier(qualifier, testLocale('kk'))).toBe(kk);
  });
});

describe(describeQualifier, () => {
  it.each<[Qualifier, string | undefined]>([
    ['exact', undefined],
    ['about', 'The report gives this figure as approximate ("about").'],
    [
      'more_than',
      'The report gives this figure as a lower bound ("more than"): the true number is higher.',
    ],
    ['over', 'The report gives this figure as a lower bound ("over"): the true number is higher.'],
  ])('%s', (qualifier, expected) => {
    expect(describeQualifier(qualifier, EN)).toBe(expected);
  });

  it('describes every qualifier except exact', () => {
    for (const qualifier of QUALIFIERS) {
      expect(describeQualifier(qualifier, EN) === undefined).toBe(qualifier === 'exact');
    }
  });
});
