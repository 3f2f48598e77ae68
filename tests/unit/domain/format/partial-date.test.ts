import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatPartialDate } from '../../../../src/domain/format/partial-date';
import { parsePartialDate, type PartialDate } from '../../../../src/domain/partial-date';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');
const RU = testLocale('ru');
const KK = testLocale('kk');

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
};

describe(formatPartialDate, () => {
  it.each([
    ['2014-12-24', '24 December 2014'],
    ['2023-01-05', '5 January 2023'],
    ['2021-08', 'August 2021'],
    ['2023-12', 'December 2023'],
    ['2023', '2023'],
    ['2005', '2005'],
  ])('%s → %s', (iso, expected) => {
    expect(formatPartialDate(date(iso), EN)).toBe(expected);
  });

  it.each([
    ['2014-12-24', '24 декабря 2014 года'],
    ['2023-05-01', '1 мая 2023 года'],
    ['2021-08', 'август 2021 года'],
    ['2023', '2023'],
  ])('ru: %s → %s (genitive month in a day date)', (iso, expected) => {
    expect(formatPartialDate(date(iso), RU)).toBe(expected);
  });

  it.each([
    ['2014-12-24', '2014 жылғы 24 желтоқсан'],
    ['2021-08', '2021 жылғы тамыз'],
    ['2023', '2023'],
  ])('kk: %s → %s', (iso, expected) => {
    expect(formatPartialDate(date(iso), KK)).toBe(expected);
  });
});

describe(formatDateSpan, () => {
  it.each<[string, string | undefined, string]>([
    ['2014-12-24', undefined, '24 December 2014'],
    ['2023-09-21', '2023-09-21', '21 September 2023'],
    ['2022', '2024', '2022–2024'],
    ['2023-09-21', '2023-09-22', '21–22 September 2023'],
    ['2023-11-30', '2023-12-02', '30 November – 2 December 2023'],
    ['2022-12-31', '2023-01-05', '31 December 2022 – 5 January 2023'],
    ['2023-01', '2023-03', 'January–March 2023'],
    ['2022-11', '2023-02', 'November 2022 – February 2023'],
    ['2023', '2023-06', '2023 – June 2023'],
  ])('%s to %s → %s', (start, end, expected) => {
    expect(formatDateSpan(date(start), end === undefined ? undefined : date(end), EN)).toBe(
      expected,
    );
  });

  it.each<[string, string, string, string]>([
    ['2022', '2024', '2022–2024', '2022–2024'],
    ['2023-09-21', '2023-09-22', '21–22 сентября 2023 года', '2023 жылғы 21–22 қыркүйек'],
    [
      '2023-11-30',
      '2023-12-02',
      '30 ноября – 2 декабря 2023 года',
      '2023 жылғы 30 қараша – 2 желтоқсан',
    ],
    [
      '2022-12-31',
      '2023-01-05',
      '31 декабря 2022 года – 5 января 2023 года',
      '2022 жылғы 31 желтоқсан – 2023 жылғы 5 қаңтар',
    ],
    ['2023-01', '2023-03', 'январь–март 2023 года', '2023 жылғы қаңтар–наурыз'],
  ])('%s to %s → ru "%s", kk "%s"', (start, end, ru, kk) => {
    expect(formatDateSpan(date(start), date(end), RU)).toBe(ru);
    expect(formatDateSpan(date(start), date(end), KK)).toBe(kk);
  });
});
