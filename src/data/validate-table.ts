import type { ValidationIssue } from './issues';
import { parseCsv } from './parse-csv';
import { fieldNames, type TableSchema } from './table-schema';
import { validateField } from './validate-field';

export type TypedRow = Record<string, string | number | undefined>;

export interface TableResult {
  /** Rows whose every cell is valid, typed, with their spreadsheet row number. */
  rows: { row: number; typed: TypedRow }[];
  issues: ValidationIssue[];
}

/**
 * CSV text → rows typed by a Table Schema: the header must have exactly the schema's columns,
 * each cell its field's type and constraints, each row a primary key of its own. Every
 * problem names file, row, column, value and rule; a row with any problem is left out.
 * Cross-field rules belong to the caller, which knows what the table means.
 */
export function validateTable(text: string, file: string, schema: TableSchema): TableResult {
  const parsed = parseCsv(text, file);
  if (parsed.header.length === 0) return { rows: [], issues: parsed.issues };
  const columnIssues = checkHeader(parsed.header, fieldNames(schema), file);
  // Wrong columns make every row unreadable; a malformed row only itself.
  if (columnIssues.length > 0) return { rows: [], issues: [...parsed.issues, ...columnIssues] };
  if (parsed.rows.length === 0) {
    return {
      rows: [],
      issues: [{ file, rule: 'no-rows', message: 'the file has a header but no data rows' }],
    };
  }
  const issues = [...parsed.issues];
  const rows: TableResult['rows'] = [];
  const keys = new Map<string, number>();
  const rowsWithFieldCountIssue = new Set(parsed.issues.map((issue) => issue.row));
  for (const { row, cells } of parsed.rows) {
    if (rowsWithFieldCountIssue.has(row)) continue;
    const rowIssues: ValidationIssue[] = [];
    const typed: TypedRow = {};
    for (const field of schema.fields) {
      const raw = cells[field.name] ?? '';
      const result = validateField(raw, field, schema.missingValues);
      if (result.ok) typed[field.name] = result.value;
      else
        rowIssues.push({
          file,
          row,
          column: field.name,
          value: raw,
          rule: result.rule,
          message: result.message,
        });
    }
    if (rowIssues.length === 0 && schema.primaryKey.length > 0) {
      const key = schema.primaryKey.map((name) => String(typed[name])).join('\u0000');
      const earlier = keys.get(key);
      if (earlier === undefined) keys.set(key, row);
      else rowIssues.push(primaryKeyIssue(schema.primaryKey, typed, file, row, earlier));
    }
    if (rowIssues.length > 0) issues.push(...rowIssues);
    else rows.push({ row, typed });
  }
  return { rows, issues };
}

function checkHeader(header: string[], expected: string[], file: string): ValidationIssue[] {
  return [
    ...expected
      .filter((name) => !header.includes(name))
      .map((name) => ({
        file,
        row: 1,
        column: name,
        rule: 'missing-column',
        message: `the column "${name}" is missing; expected the columns ${expected.join(', ')}`,
      })),
    ...header
      .filter((name) => !expected.includes(name))
      .map((name) => ({
        file,
        row: 1,
        column: name,
        rule: 'unknown-column',
        message: `unexpected column "${name}"; expected only ${expected.join(', ')}`,
      })),
    // Found by fuzzing (tests/fuzz): a repeated column passed, every name being expected, and
    // the later copy's cells silently replaced the earlier ones.
    ...header
      .filter((name, index) => expected.includes(name) && header.indexOf(name) !== index)
      .map((name) => ({
        file,
        row: 1,
        column: name,
        rule: 'duplicate-column',
        message: `the column "${name}" appears more than once; expected each column once`,
      })),
  ];
}

function primaryKeyIssue(
  primaryKey: string[],
  typed: TypedRow,
  file: string,
  row: number,
  earlier: number,
): ValidationIssue {
  // A one-column key is a cell a reader can find and fix; a compound key is the whole row.
  const [only] = primaryKey;
  const cell =
    primaryKey.length === 1 && only !== undefined
      ? { column: only, value: String(typed[only]) }
      : {};
  return {
    file,
    row,
    ...cell,
    rule: 'primary-key',
    message: `duplicates row ${earlier}: ${primaryKey.join(', ')} must be unique`,
  };
}
