import fc from 'fast-check';
import { expect } from 'vitest';
import { DataError, type ValidationIssue } from '../../../src/data/issues';
import { applyMutation, type Mutation, type Table } from './csv-table';
import { csvIssueProblems } from './issue-shape';
import { NUMBER_IMPOSTORS, ODD_CHARACTERS, binaryString, decodedBytes } from './odd-text';
import {
  cellMatches,
  checkTypedValue,
  columnNames,
  headerIsExact,
  keyOf,
  type OracleSchema,
} from './table-oracle';

/** One CSV target: how to run its validator and read its results back as cells. */
export interface CsvTarget<Item> {
  schema: OracleSchema;
  /** Runs the validator; what it returns is checked, not trusted. */
  validate: (text: string, file: string) => { items: Item[]; issues: ValidationIssue[] };
  /** The typed item → its value in each column (undefined for a missing cell). */
  cells: (item: Item) => Record<string, unknown>;
  /** The rules across fields, as problems with the item (empty when it is fine). */
  crossField: (item: Item) => string[];
}

/**
 * Properties (a) and (b) on any input: the validator returned its typed result (never threw),
 * every issue points where it should, and every accepted row satisfies the schema on its own,
 * across fields, and with a primary key of its own.
 */
export function generalProblems<Item>(
  target: CsvTarget<Item>,
  text: string,
  file: string,
): { problems: string[]; items: Item[]; issues: ValidationIssue[] } {
  const result = target.validate(text, file);
  const problems: string[] = [];
  if (!Array.isArray(result.items) || !Array.isArray(result.issues)) {
    return { problems: ['not the typed result'], items: [], issues: [] };
  }
  problems.push(...csvIssueProblems(result.issues, file, columnNames(target.schema)));
  if (result.issues.length === 0 && result.items.length === 0)
    problems.push('no issue and no row: an empty table passed');
  const keys = new Set<string>();
  for (const item of result.items) {
    const cells = target.cells(item);
    for (const f of target.schema.fields) problems.push(...checkTypedValue(cells[f.name], f));
    problems.push(...target.crossField(item));
    const key = keyOf(target.schema.primaryKey.map((name) => cells[name]));
    if (keys.has(key)) problems.push(`primary key repeated: ${key}`);
    keys.add(key);
  }
  // The error the app throws for these issues can always be built and read.
  if (result.issues.length > 0) expect(new DataError(file, result.issues).message).toContain(file);
  return { problems, ...result };
}

const isBlank = (record: string[]): boolean => record.every((cell) => cell === '');

/** Indexes of the records each item came from, in order, or undefined when one matches none. */
function matchInOrder<Item>(
  target: CsvTarget<Item>,
  table: Table,
  items: Item[],
): number[] | undefined {
  const { fields, missingValues } = target.schema;
  const positions = fields.map((f) => table.header.indexOf(f.name));
  const matched: number[] = [];
  let next = 0;
  for (const item of items) {
    const cells = target.cells(item);
    const matches = (record: string[]): boolean =>
      fields.every((f, k) =>
        cellMatches(record[positions[k]!] ?? '', cells[f.name], f, missingValues),
      );
    while (next < table.rows.length && !matches(table.rows[next]!)) next += 1;
    if (next === table.rows.length) return undefined;
    matched.push(next);
    next += 1;
  }
  return matched;
}

/** Random bytes, random strings and CSV-shaped noise after a valid header. */
export function randomCsvText(
  header: string,
  validRows: readonly string[][],
): fc.Arbitrary<string> {
  const tokens = [
    ...new Set(validRows.flat()),
    ...ODD_CHARACTERS,
    ...NUMBER_IMPOSTORS.filter((t) => t.length < 50),
    ',',
    ',',
    ',',
    '"',
    '""',
    '\n',
    '\r\n',
    '\r',
    ' ',
    header,
  ];
  const noise = fc
    .array(fc.constantFrom(...tokens), { maxLength: 80 })
    .map((parts) => parts.join(''));
  return fc.oneof(
    decodedBytes,
    decodedBytes.map((text) => `${header}\n${text}`),
    binaryString(300),
    binaryString(300).map((text) => `${header}\r\n${text}`),
    noise,
    noise.map((text) => `${header}\n${text}`),
    // A valid row, then noise: the validator must keep the row or refuse it, never mangle it.
    fc
      .tuple(fc.constantFrom(...validRows), noise)
      .map(
        ([row, text]) =>
          `${header}\n${row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')}\n${text}`,
      ),
  );
}

/** Extra edits that reach the cross-field rules: a cell set to a value valid elsewhere. */
export function plausibleEdits(
  schema: OracleSchema,
  tables: readonly Table[],
): fc.Arbitrary<Mutation> {
  const values = [
    ...new Set([
      ...tables.flatMap((t) => t.rows.flat()),
      ...schema.fields.flatMap((f) => f.constraints?.enum ?? []),
      '1990',
      '1991',
      '2100',
      '2101',
      '0',
      '1',
    ]),
  ];
  return fc.record({
    type: fc.constant('replaceCell' as const),
    i: fc.nat(),
    c: fc.nat(),
    text: fc.constantFrom(...values),
  });
}

/**
 * Properties (a), (b) and (c) on a committed file with one mutation: the general properties;
 * when the records are known, every accepted row is one of them, in order, and a wrong
 * header accepts nothing; and a mutation known to break a row or the header is reported at
 * that row and column while every other row is kept.
 */
export function checkMutated<Item>(
  target: CsvTarget<Item>,
  original: Table,
  mutation: Mutation,
  file: string,
): void {
  const mutated = applyMutation(original, mutation, target.schema);
  const { problems, items, issues } = generalProblems(target, mutated.text, file);
  expect(problems).toEqual([]);
  const { expectation } = mutated;
  if (expectation.kind === 'structural') return;
  const table = mutated.table;
  const dataRows = table.rows.filter((r) => !isBlank(r)).length;
  if (!headerIsExact(table.header, target.schema)) expect(items).toEqual([]);
  const matched = matchInOrder(target, table, items);
  expect(matched, 'every accepted row is a row of the file, in order').toBeDefined();
  if (issues.length === 0) expect(items.length, 'no issue, so no row left out').toBe(dataRows);
  switch (expectation.kind) {
    case 'valid':
      expect(issues).toEqual([]);
      expect(items.length).toBe(dataRows);
      break;
    case 'row-invalid': {
      const { row, column } = expectation;
      const at = issues.filter((issue) => issue.row === row);
      expect(at.length, `an issue at row ${row}`).toBeGreaterThan(0);
      if (column !== undefined) expect(at.map((issue) => issue.column)).toContain(column);
      expect(items.length, 'every other row is kept').toBe(dataRows - 1);
      expect(matched).not.toContain(row - 2);
      break;
    }
    case 'header-invalid':
      expect(items).toEqual([]);
      expect(
        issues.filter((issue) => issue.row === 1).map((issue) => issue.column),
        'an issue at row 1 naming the column',
      ).toContain(expectation.column);
      break;
    case 'unknown':
      break;
  }
}
