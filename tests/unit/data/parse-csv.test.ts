import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/parse-csv';

const FILE = 'data/indicators/test.csv';

describe(parseCsv, () => {
  it('reads the header and each row as text cells, numbered as in a spreadsheet', () => {
    expect(parseCsv('series,value\nsuicides,22\ndisease-deaths,94\n', FILE)).toEqual({
      header: ['series', 'value'],
      rows: [
        { row: 2, cells: { series: 'suicides', value: '22' } },
        { row: 3, cells: { series: 'disease-deaths', value: '94' } },
      ],
      issues: [],
    });
  });

  it('leaves types alone: a blank, "n/a" and "0" stay distinct text', () => {
    const { rows } = parseCsv('a,b,c\n,n/a,0', FILE);
    expect(rows[0]?.cells).toEqual({ a: '', b: 'n/a', c: '0' });
  });

  it('keeps a quoted comma, quoted quotes and typographic characters', () => {
    const { rows, issues } = parseCsv(
      'value,quote\n4500,"(19.2 per cent, or 4,500 persons, in 2023)"\n1,"the ""duty procurator"", follow\u2011up"',
      FILE,
    );
    expect(issues).toEqual([]);
    expect(rows[0]?.cells.quote).toBe('(19.2 per cent, or 4,500 persons, in 2023)');
    expect(rows[1]?.cells.quote).toBe('the "duty procurator", follow\u2011up');
  });

  it('accepts a byte-order mark without making it part of the first column name', () => {
    const { header, rows, issues } = parseCsv('\uFEFFsource,value\nkz,1\n', FILE);
    expect(issues).toEqual([]);
    expect(header).toEqual(['source', 'value']);
    expect(rows[0]?.cells).toEqual({ source: 'kz', value: '1' });
  });

  it('drops only the one byte-order mark that opens the file: a second is part of the name', () => {
    const { header } = parseCsv('\uFEFF\uFEFFsource,value\nkz,1\n', FILE);
    expect(header).toEqual(['\uFEFFsource', 'value']);
  });

  it('accepts CRLF line ends without keeping the carriage return', () => {
    const { header, rows, issues } = parseCsv(
      'series,value\r\nsuicides,22\r\nattempts,120\r\n',
      FILE,
    );
    expect(issues).toEqual([]);
    expect(header).toEqual(['series', 'value']);
    expect(rows.map((r) => r.cells.value)).toEqual(['22', '120']);
  });

  it.each([
    ['an empty file', ''],
    ['whitespace only', '  \n\n'],
    ['a byte-order mark only', '\uFEFF'],
  ])('reports %s as empty', (_name, text) => {
    expect(parseCsv(text, FILE)).toEqual({
      header: [],
      rows: [],
      issues: [
        {
          file: FILE,
          rule: 'empty-file',
          message: 'the file is empty; expected a header row and data rows',
        },
      ],
    });
  });

  it('reads a header without rows and reports nothing (validation decides)', () => {
    expect(parseCsv('series,value\n', FILE)).toEqual({
      header: ['series', 'value'],
      rows: [],
      issues: [],
    });
  });

  it('reports a row with too many fields, naming file, row and count', () => {
    const { rows, issues } = parseCsv('a,b\n1,2\n3,4,5\n', FILE);
    expect(issues).toEqual([
      {
        file: FILE,
        row: 3,
        rule: 'field-count',
        value: '3',
        message: 'expected 2 fields like the header, found 3',
      },
    ]);
    expect(rows[1]).toEqual({ row: 3, cells: { a: '3', b: '4' } });
  });

  it('reports a row with too few fields and fills the missing cells with blanks', () => {
    const { rows, issues } = parseCsv('a,b,c\n1\n', FILE);
    expect(issues).toEqual([
      {
        file: FILE,
        row: 2,
        rule: 'field-count',
        value: '1',
        message: 'expected 3 fields like the header, found 1',
      },
    ]);
    expect(rows[0]?.cells).toEqual({ a: '1', b: '', c: '' });
  });

  it('reports an unterminated quote as a CSV syntax problem on its row', () => {
    const { issues } = parseCsv('a,b\n1,"unterminated\n', FILE);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: FILE, row: 2, rule: 'csv-syntax' }),
    );
  });

  it('skips blank lines at the end', () => {
    const { rows, issues } = parseCsv('a,b\n1,2\n\n\n', FILE);
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ row: 2, cells: { a: '1', b: '2' } }]);
  });

  it('keeps spreadsheet row numbers after a blank line', () => {
    const { rows, issues } = parseCsv('a,b\n1,2\n\n3,4,5\n', FILE);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(issues).toEqual([expect.objectContaining({ row: 4, rule: 'field-count' })]);
  });

  // Regressions found by fuzzing (tests/fuzz).
  it('always splits on commas, even where every row holds semicolons', () => {
    const { header, rows, issues } = parseCsv('a,b\n1,x; y; z\n2,x; y; z\n', FILE);
    expect(issues).toEqual([]);
    expect(header).toEqual(['a', 'b']);
    expect(rows.map((r) => r.cells.b)).toEqual(['x; y; z', 'x; y; z']);
  });

  it('reads mixed line ends without leaving a CR in the last cell, and keeps quoted ones', () => {
    const { rows, issues } = parseCsv('a,b\n1,x\r\n2,y\r3,"p\r\nq"\n', FILE);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { row: 2, cells: { a: '1', b: 'x' } },
      { row: 3, cells: { a: '2', b: 'y' } },
      { row: 4, cells: { a: '3', b: 'p\r\nq' } },
    ]);
  });
});
