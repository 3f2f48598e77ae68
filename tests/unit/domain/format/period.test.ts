import { describe, expect, it } from 'vitest';
import type { Period } from '../../../../src/domain/model';
import { formatPeriod } from '../../../../src/domain/format/period';

describe(formatPeriod, () => {
  it.each<[Period, string]>([
    [{ start: 2023, end: 2023 }, '2023'],
    [{ start: 2022, end: 2023 }, '2022\u20132023'],
    [{ start: 2024, end: 2028 }, '2024\u20132028'],
  ])('%o → %s', (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });

  it('joins the years with an en dash, not a hyphen', () => {
    const text = formatPeriod({ start: 2021, end: 2023 });
    expect(text).toContain('\u2013');
    expect(text).not.toContain('-');
  });
});
