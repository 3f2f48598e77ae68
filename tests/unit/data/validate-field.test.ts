import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../../src/data/table-schema';
import { validateField } from '../../../src/data/validate-field';

const MISSING = [''];

const year: FieldSpec = {
  name: 'period_start',
  type: 'integer',
  constraints: { required: true, minimum: 1991, maximum: 2100 },
};
const value: FieldSpec = {
  name: 'value',
  type: 'number',
  constraints: { required: true, minimum: 0 },
};
const qualifier: FieldSpec = {
  name: 'qualifier',
  type: 'string',
  constraints: { required: true, enum: ['exact', 'about', 'more_than', 'over'] },
};
const id: FieldSpec = {
  name: 'series',
  type: 'string',
  constraints: { required: true, pattern: '^[a-z0-9][a-z0-9-]*$' },
};
const note: FieldSpec = { name: 'note', type: 'string' };

describe(validateField, () => {
  describe('valid cells', () => {
    it.each<[string, string, FieldSpec, string | number | undefined]>([
      ['a year', '2023', year, 2023],
      ['the lowest year allowed', '1991', year, 1991],
      ['the highest year allowed', '2100', year, 2100],
      ['a whole number', '4500', value, 4500],
      ['a decimal', '19.2', value, 19.2],
      ['zero, which is not a missing value', '0', value, 0],
      ['an allowed qualifier', 'more_than', qualifier, 'more_than'],
      ['an id matching the pattern', 'share-in-cells', id, 'share-in-cells'],
      ['free text', 'Share of all inmates.', note, 'Share of all inmates.'],
      ['a blank optional cell', '', note, undefined],
    ])('%s: "%s"', (_name, raw, field, expected) => {
      expect(validateField(raw, field, MISSING)).toEqual({ ok: true, value: expected });
    });
  });

  describe('invalid cells', () => {
    it.each<[string, string, FieldSpec, string, string]>([
      [
        'a thousands separator',
        '4,500',
        value,
        'type',
        'expected a number such as 4500 or 19.2, without thousands separators, found "4,500"',
      ],
      [
        'a decimal comma',
        '19,2',
        value,
        'type',
        'expected a number such as 4500 or 19.2, without thousands separators, found "19,2"',
      ],
      [
        'exponent notation',
        '4.5e3',
        value,
        'type',
        'expected a number such as 4500 or 19.2, without thousands separators, found "4.5e3"',
      ],
      [
        'surrounding spaces',
        ' 22',
        value,
        'type',
        'expected a number such as 4500 or 19.2, without thousands separators, found " 22"',
      ],
      [
        'a word',
        'n/a',
        value,
        'type',
        'expected a number such as 4500 or 19.2, without thousands separators, found "n/a"',
      ],
      ['a negative value', '-7', value, 'minimum', 'expected at least 0, found -7'],
      [
        'a decimal year',
        '2023.5',
        year,
        'type',
        'expected a whole number such as 2023, found "2023.5"',
      ],
      [
        'a year range',
        '2023-2024',
        year,
        'type',
        'expected a whole number such as 2023, found "2023-2024"',
      ],
      ['a year too early', '1990', year, 'minimum', 'expected at least 1991, found 1990'],
      ['a year too late', '2101', year, 'maximum', 'expected at most 2100, found 2101'],
      [
        'a blank required number',
        '',
        value,
        'required',
        'a value is required (a number such as 4500 or 19.2, without thousands separators)',
      ],
      [
        'a blank required year',
        '',
        year,
        'required',
        'a value is required (a whole number such as 2023)',
      ],
      ['a blank required text', '', qualifier, 'required', 'a value is required (text)'],
      [
        'an unknown qualifier',
        'approximately',
        qualifier,
        'enum',
        'expected one of exact, about, more_than, over; found "approximately"',
      ],
      [
        'a qualifier in another case',
        'Exact',
        qualifier,
        'enum',
        'expected one of exact, about, more_than, over; found "Exact"',
      ],
      [
        'an id with capitals',
        'Share-In-Cells',
        id,
        'pattern',
        '"Share-In-Cells" does not match the pattern ^[a-z0-9][a-z0-9-]*$',
      ],
      [
        'an id with a space',
        'share in cells',
        id,
        'pattern',
        '"share in cells" does not match the pattern ^[a-z0-9][a-z0-9-]*$',
      ],
    ])('%s: "%s" breaks %s', (_name, raw, field, rule, message) => {
      expect(validateField(raw, field, MISSING)).toEqual({ ok: false, rule, message });
    });
  });

  it('treats every declared missing value as missing', () => {
    expect(validateField('n/a', note, ['', 'n/a'])).toEqual({ ok: true, value: undefined });
    expect(validateField('n/a', value, ['', 'n/a'])).toMatchObject({ ok: false, rule: 'required' });
  });

  it('anchors a pattern declared without anchors, as Table Schema does', () => {
    const field: FieldSpec = { name: 'code', type: 'string', constraints: { pattern: '[a-z]+' } };
    expect(validateField('abc', field, MISSING)).toEqual({ ok: true, value: 'abc' });
    expect(validateField('abc1', field, MISSING)).toMatchObject({ ok: false, rule: 'pattern' });
  });

  it('checks the minimum length of text', () => {
    const field: FieldSpec = { name: 'quote', type: 'string', constraints: { minLength: 3 } };
    expect(validateField('ab', field, MISSING)).toEqual({
      ok: false,
      rule: 'minLength',
      message: 'expected at least 3 characters',
    });
    expect(validateField('abc', field, MISSING)).toEqual({ ok: true, value: 'abc' });
  });

  // Regressions found by fuzzing (tests/fuzz).
  it('refuses a run of digits too long to be a finite number', () => {
    expect(validateField('9'.repeat(400), value, MISSING)).toMatchObject({
      ok: false,
      rule: 'type',
    });
    expect(validateField('9'.repeat(400), { ...year, constraints: {} }, MISSING)).toMatchObject({
      ok: false,
      rule: 'type',
    });
  });

  it('refuses an integer beyond 2^53, which would be silently rounded', () => {
    const paragraph: FieldSpec = {
      name: 'paragraph',
      type: 'integer',
      constraints: { minimum: 1 },
    };
    expect(validateField('12345678901234567890', paragraph, MISSING)).toMatchObject({
      ok: false,
      rule: 'type',
    });
    expect(validateField('9007199254740991', paragraph, MISSING)).toEqual({
      ok: true,
      value: 9007199254740991,
    });
  });

  it('reads "-0" as 0, never a negative zero shown as "-0"', () => {
    const result = validateField('-0', value, MISSING);
    expect(result).toEqual({ ok: true, value: 0 });
    expect(result.ok && Object.is(result.value, -0)).toBe(false);
  });
});
