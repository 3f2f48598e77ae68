import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../src/domain/model';
import { formatAmount, formatNumber, formatPercent } from '../../../../src/domain/format/number';

// Russian groups thousands with a no-break space (U+00A0) or, in newer CLDR, a narrow one (U+202F).
const RU_GROUP = '[\u00a0\u202f]';

describe(formatNumber, () => {
  it.each<[number, string]>([
    [13200, '13,200'],
    [4500, '4,500'],
    [40000, '40,000'],
    [449, '449'],
    [0, '0'],
    [19.2, '19.2'],
    [3.757142857, '3.8'],
    [1242.857142857, '1,242.9'],
    [26.299999999999997, '26.3'],
    [7, '7'],
  ])('en: %d → %s', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected);
  });

  it('ru: groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(13200, 'ru')).toMatch(new RegExp(`^13${RU_GROUP}200$`));
    expect(formatNumber(1242.857, 'ru')).toMatch(new RegExp(`^1${RU_GROUP}242,9$`));
    expect(formatNumber(19.2, 'ru')).toBe('19,2');
  });

  it('takes another number of decimals when asked', () => {
    expect(formatNumber(3.757, 'en', 0)).toBe('4');
    expect(formatNumber(3.757, 'en', 2)).toBe('3.76');
  });
});

describe(formatPercent, () => {
  it.each<[number, string]>([
    [19.2, '19.2%'],
    [45.5, '45.5%'],
    [32, '32%'],
    [24.137931, '24.1%'],
    [0, '0%'],
  ])('en: %d → %s', (value, expected) => {
    expect(formatPercent(value, 'en')).toBe(expected);
  });

  it('ru: "45,5 %" with a no-break space before the sign', () => {
    expect(formatPercent(45.5, 'ru')).toMatch(new RegExp(`^45,5${RU_GROUP}%$`));
    expect(formatPercent(19.2, 'ru')).toMatch(new RegExp(`^19,2${RU_GROUP}%$`));
  });
});

describe(formatAmount, () => {
  it.each<[number, Unit, string]>([
    [19.2, 'percent', '19.2%'],
    [13200, 'persons', '13,200'],
    [3, 'hours', '3'],
    [40000, 'cameras', '40,000'],
  ])('en: %d %s → %s', (value, unit, expected) => {
    expect(formatAmount(value, unit, 'en')).toBe(expected);
  });
});

describe('Kazakh numbers, whatever the browser’s ICU data', () => {
  // Node's full ICU has Kazakh's own symbols: the stand-in must write exactly what they do.
  it.each([13200.5, 1352, -24.1, 0.5, 1_234_567])('writes %d as CLDR’s Kazakh does', (value) => {
    expect(formatNumber(value, 'kk')).toBe(
      new Intl.NumberFormat('kk', { maximumFractionDigits: 1 }).format(value),
    );
    expect(formatPercent(value, 'kk')).toBe(
      new Intl.NumberFormat('kk', { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      ),
    );
  });
});
