import { describe, expect, it } from 'vitest';
import { readTableSchema } from '../../../src/data/table-schema';
import { validateTable } from '../../../src/data/validate-table';

const FILE = 'data/example.csv';
const SCHEMA = readTableSchema({
  fields: [
    { name: 'country', type: 'string', constraints: { required: true } },
    { name: 'year', type: 'integer', constraints: { required: true, minimum: 1991 } },
    { name: 'note', type: 'string' },
  ],
  primaryKey: ['country', 'year'],
});

describe(validateTable, () => {
  it('types the cells and keeps the spreadsheet row numbers', () => {
    const result = validateTable('country,year,note\nkz,2023,\n\nkz,2024,x\n', FILE, SCHEMA);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, typed: { country: 'kz', year: 2023, note: undefined } },
      { row: 4, typed: { country: 'kz', year: 2024, note: 'x' } },
    ]);
  });

  it('reports a repeated compound key on the row, without a column', () => {
    const result = validateTable('country,year,note\nkz,2023,a\nkz,2023,b\n', FILE, SCHEMA);
    expect(result.issues).toEqual([
      {
        file: FILE,
        row: 3,
        rule: 'primary-key',
        message: 'duplicates row 2: country, year must be unique',
      },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
  });

  it('reports every bad cell of a row and leaves the row out', () => {
    const result = validateTable('country,year,note\n,1990,\n', FILE, SCHEMA);
    expect(result.issues.map((i) => [i.row, i.column, i.value, i.rule])).toEqual([
      [2, 'country', '', 'required'],
      [2, 'year', '1990', 'minimum'],
    ]);
    expect(result.rows).toEqual([]);
  });

  it('reports missing and unknown columns at row 1', () => {
    const result = validateTable('country,when,note\nkz,2023,\n', FILE, SCHEMA);
    expect(result.issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [1, 'year', 'missing-column'],
      [1, 'when', 'unknown-column'],
    ]);
    expect(result.rows).toEqual([]);
  });

  // Regression found by fuzzing (tests/fuzz): the later copy's cells used to win silently.
  it('reports a repeated column at row 1 and accepts no row', () => {
    const result = validateTable('country,year,note,year\nkz,2023,,1990\n', FILE, SCHEMA);
    expect(result.issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [1, 'year', 'duplicate-column'],
    ]);
    expect(result.rows).toEqual([]);
  });
});
