import { describe, expect, it } from 'vitest';
import {
  BYTE_ORDER_MARK,
  csvCell,
  formatCsvNumber,
  neutraliseFormula,
  toCsv,
} from '../../../../src/domain/export/csv';

describe(neutraliseFormula, () => {
  // OWASP CSV Injection: =, +, -, @, tab and carriage return start a formula or a command.
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j with a single quote', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['', 'persons', 'a=b', "'=1", ' =1', '19.2 per cent', '“quoted”'])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe(csvCell, () => {
  it.each<[string | number, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "x"', '"say ""x"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    // Neutralised cells are always quoted, as OWASP advises, even with nothing else to quote.
    ['+1+1', `"'+1+1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['\r=1', `"'\r=1"`],
    ['Қазақстан «заң»', 'Қазақстан «заң»'],
    [-5, '-5'],
    [0, '0'],
  ])('writes %j as %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe(formatCsvNumber, () => {
  it.each<[number, string]>([
    [0, '0'],
    [-0, '0'],
    [-5, '-5'],
    [13200, '13200'],
    [45.5, '45.5'],
    [19.2, '19.2'],
    [1e21, '1000000000000000000000'],
    [1.2345e21, '1234500000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
  ])('writes %d as %j, without separators or exponent', (value, expected) => {
    expect(formatCsvNumber(value)).toBe(expected);
    // The written text reads back as the very same number.
    expect(Number(formatCsvNumber(value))).toBe(value === 0 ? 0 : value);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses %d',
    (value) => {
      expect(() => formatCsvNumber(value)).toThrow(RangeError);
    },
  );
});

describe(toCsv, () => {
  it('writes a header and rows, each line ended by CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe('a,b\r\nx,1\r\n');
  });

  it('writes a byte-order mark only when asked', () => {
    expect(toCsv(['a'], [], { byteOrderMark: true })).toBe(`${BYTE_ORDER_MARK}a\r\n`);
    expect(toCsv(['a'], [], { byteOrderMark: false }).startsWith(BYTE_ORDER_MARK)).toBe(false);
    expect(toCsv(['a'], []).charCodeAt(0)).toBe('a'.charCodeAt(0));
  });
});
