import Papa from 'papaparse';
import type { ValidationIssue } from './issues';

export type RawRow = Record<string, string>;

export interface ParsedCsv {
  header: string[];
  /** Each data row with its spreadsheet row number (header = row 1). */
  rows: { row: number; cells: RawRow }[];
  issues: ValidationIssue[];
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Text → header and raw string cells. Types are left to the Table Schema (no dynamic
 * typing), so a blank, "n/a" and "0" stay distinguishable. Accepts a byte-order mark and
 * CRLF line ends, as spreadsheets write them (and CR, or a mix). The delimiter is a comma.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  // A byte-order mark opening the file is not part of the first column's name. PapaParse
  // drops one itself, so it is given the text with the mark: dropping it here as well took a
  // second mark, part of the name, with it (found by fuzzing: a first column named "\uFEFF"
  // was reported as "").
  const withoutMark = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (withoutMark.trim() === '') {
    return {
      header: [],
      rows: [],
      issues: [
        {
          file,
          rule: 'empty-file',
          message: 'the file is empty; expected a header row and data rows',
        },
      ],
    };
  }
  // Blank lines are skipped here rather than by PapaParse, so that row numbers stay those a
  // spreadsheet shows (the header is row 1).
  // Found by fuzzing (tests/fuzz), both: PapaParse guesses the delimiter, and took ";" for
  // that of a valid file whose notes held "a; b; c", so the delimiter is the contract's comma;
  // and it guesses one kind of line end per file, so in a file with mixed ends a stray CR
  // stayed, silently, at the end of a row's last cell: line ends outside quoted cells are
  // made LF first (quoted cells keep theirs verbatim).
  const lines = text.replace(/"(?:[^"]|"")*"|\r\n?/g, (match) =>
    match.startsWith('"') ? match : '\n',
  );
  const result = Papa.parse<string[]>(lines, {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
    newline: '\n',
  });
  const [header = [], ...body] = result.data;
  const issues: ValidationIssue[] = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      file,
      row: error.row === undefined ? undefined : error.row + 1,
      rule: 'csv-syntax',
      message: `the CSV cannot be read: ${error.message}`,
    }));
  const rows: ParsedCsv['rows'] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = index + 2;
    if (cells.length !== header.length) {
      issues.push({
        file,
        row,
        rule: 'field-count',
        value: String(cells.length),
        message: `expected ${header.length} fields like the header, found ${cells.length}`,
      });
    }
    const raw: RawRow = {};
    header.forEach((name, column) => {
      raw[name] = cells[column] ?? '';
    });
    rows.push({ row, cells: raw });
  });
  return { header, rows, issues };
}
