import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysInMonth,
  parsePartialDate,
  type PartialDate,
} from '../../../src/domain/partial-date';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
};

describe(parsePartialDate, () => {
  it.each<[string, PartialDate]>([
    ['2009', { iso: '2009', precision: 'year', year: 2009 }],
    ['2021-08', { iso: '2021-08', precision: 'month', year: 2021, month: 8 }],
    ['2014-12-24', { iso: '2014-12-24', precision: 'day', year: 2014, month: 12, day: 24 }],
    ['2024-02-29', { iso: '2024-02-29', precision: 'day', year: 2024, month: 2, day: 29 }],
  ])('%s → %o', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    ['a day that does not exist', '2023-02-29'],
    ['31 April', '2023-04-31'],
    ['month 13', '2023-13'],
    ['month 0', '2023-00'],
    ['day 0', '2023-01-00'],
    ['a two-digit year', '23'],
    ['a single-digit month', '2023-1'],
    ['a day-first date', '24-12-2014'],
    ['words', '24 December 2014'],
    ['an empty string', ''],
    ['a time', '2014-12-24T00:00'],
  ])('rejects %s (%s)', (_, text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });
});

describe(daysInMonth, () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe(comparePartialDates, () => {
  it('sorts a less precise date as the start of its span', () => {
    const isos = ['2023-01-02', '2023-01-01', '2023-01', '2023', '2022-12-31', '2023-12', '2024'];
    expect(
      isos
        .map(date)
        .sort(comparePartialDates)
        .map((d) => d.iso),
    ).toEqual(['2022-12-31', '2023', '2023-01', '2023-01-01', '2023-01-02', '2023-12', '2024']);
  });

  it('is zero only for the same date at the same precision', () => {
    expect(comparePartialDates(date('2023-09-21'), date('2023-09-21'))).toBe(0);
    expect(comparePartialDates(date('2023'), date('2023-01-01'))).toBeLessThan(0);
    expect(comparePartialDates(date('2023-02'), date('2023-01-31'))).toBeGreaterThan(0);
  });
});
