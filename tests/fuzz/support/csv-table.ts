import fc from 'fast-check';
import Papa from 'papaparse';
import { NUMBER_IMPOSTORS, anyText, oddCharacter } from './odd-text';
import { oracleCell, type OracleSchema } from './table-oracle';

/** A CSV file as records of cells: the header and the data rows (a blank line is [""]). */
export interface Table {
  header: string[];
  rows: string[][];
}

/** A committed file → records. The generator's reading only; the validator is the subject. */
export function readTable(text: string): Table {
  const { data } = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' });
  const [header = [], ...rows] = data;
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return { header, rows };
}

export type LineEnd = '\n' | '\r\n' | '\r';

export interface WriteOptions {
  /** One line end for every line, or one per line (cycled) for a file with mixed ends. */
  lineEnds: LineEnd[];
  bom: boolean;
}

const quoteIfNeeded = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Records → CSV text, quoting as RFC 4180 does, ending with a line end. */
export function writeTable(
  table: Table,
  options: WriteOptions = { lineEnds: ['\n'], bom: false },
): string {
  const lines = [table.header, ...table.rows].map((cells) => cells.map(quoteIfNeeded).join(','));
  const ends = options.lineEnds;
  const text = lines.map((line, index) => line + ends[index % ends.length]!).join('');
  return (options.bom ? '\uFEFF' : '') + text;
}

export type Mutation =
  | { type: 'deleteRow'; i: number }
  | { type: 'duplicateRow'; i: number }
  | { type: 'swapRows'; i: number; j: number }
  | { type: 'dropColumn'; c: number }
  | { type: 'addColumn'; name: string; fill: string; at: number }
  | { type: 'headerCase'; c: number }
  | { type: 'replaceCell'; i: number; c: number; text: string }
  | { type: 'hugeCell'; i: number; c: number; unit: string }
  | {
      type: 'oddText';
      i: number;
      c: number;
      odd: string;
      at: 'start' | 'middle' | 'end' | 'replace';
    }
  | { type: 'numberCell'; i: number; c: number; text: string }
  | { type: 'blankRow'; i: number; kind: 'empty' | 'commas' }
  | { type: 'lineEnds'; ends: LineEnd[] }
  | { type: 'bom' }
  | { type: 'strayQuote'; at: number }
  | { type: 'truncate'; at: number };

/** How big a huge field is: 100 kB. */
export const HUGE = 100_000;

export function mutationArbitrary(schema: OracleSchema, heavyWeight = 1): fc.Arbitrary<Mutation> {
  const numeric = schema.fields
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.type === 'integer' || f.type === 'number')
    .map(({ index }) => index);
  const i = fc.nat();
  const c = fc.nat();
  return fc.oneof(
    { arbitrary: fc.record({ type: fc.constant('deleteRow' as const), i }), weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('duplicateRow' as const), i }), weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('swapRows' as const), i, j: fc.nat() }), weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('dropColumn' as const), c }), weight: 2 },
    {
      arbitrary: fc.record({
        type: fc.constant('addColumn' as const),
        name: fc.oneof(anyText, fc.constantFrom(...schema.fields.map((f) => f.name))),
        fill: anyText,
        at: fc.nat(),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ type: fc.constant('headerCase' as const), c }), weight: 1 },
    {
      arbitrary: fc.record({ type: fc.constant('replaceCell' as const), i, c, text: anyText }),
      weight: 8,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('hugeCell' as const),
        i,
        c,
        unit: fc.constantFrom('9', 'a', 'x y', '"', ',', '\n', 'é', '\u202E', '-', '0.'),
      }),
      weight: heavyWeight,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('oddText' as const),
        i,
        c,
        odd: oddCharacter,
        at: fc.constantFrom(
          'start' as const,
          'middle' as const,
          'end' as const,
          'replace' as const,
        ),
      }),
      weight: 8,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('numberCell' as const),
        i,
        c: fc.constantFrom(...numeric),
        text: fc.constantFrom(...NUMBER_IMPOSTORS),
      }),
      weight: 6,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('blankRow' as const),
        i,
        kind: fc.constantFrom('empty' as const, 'commas' as const),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('lineEnds' as const),
        ends: fc.oneof(
          fc.constantFrom<LineEnd[]>(['\r\n'], ['\r'], ['\n']),
          fc.array(fc.constantFrom<LineEnd>('\n', '\r\n', '\r'), { minLength: 2, maxLength: 5 }),
        ),
      }),
      weight: 2,
    },
    { arbitrary: fc.constant({ type: 'bom' as const }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('strayQuote' as const), at: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
  );
}

/** What a mutation must do to the validator's result. */
export type Expectation =
  /** Every non-blank data row is accepted, as written, in order. */
  | { kind: 'valid' }
  /** That one row is refused with an issue at its row (and column), every other row accepted. */
  | { kind: 'row-invalid'; row: number; column: string | undefined }
  /** The header is wrong: no row is accepted, and an issue points at row 1 and the column. */
  | { kind: 'header-invalid'; column: string }
  /** The file's records no longer are the table's: only the general properties apply. */
  | { kind: 'structural' }
  /** Whatever the validator decides, the general properties hold. */
  | { kind: 'unknown' };

export interface Mutated {
  table: Table;
  text: string;
  expectation: Expectation;
}

/** Free-text columns: any text is valid in them (the schema asks at most one character). */
const isFreeText = (schema: OracleSchema, column: string): boolean => {
  const f = schema.fields.find((field) => field.name === column);
  const c = f?.constraints ?? {};
  return f?.type === 'string' && !c.enum && !c.pattern;
};

/**
 * Applies one mutation to a valid table. `crossField` says whether a cell that is valid on
 * its own may still be refused by the caller's cross-field rules (series declared, period
 * order …), which turns a known-valid edit into an unknown one.
 */
export function applyMutation(original: Table, mutation: Mutation, schema: OracleSchema): Mutated {
  const header = [...original.header];
  const rows = original.rows.map((r) => [...r]);
  const n = rows.length;
  const at = (index: number): number => index % n;
  const col = (index: number): number => index % header.length;
  const rowNumber = (index: number): number => index + 2;
  const done = (
    expectation: Expectation,
    options?: Partial<{ lineEnds: LineEnd[]; bom: boolean }>,
  ): Mutated => {
    const table = { header, rows };
    return {
      table,
      text: writeTable(table, {
        lineEnds: options?.lineEnds ?? ['\n'],
        bom: options?.bom ?? false,
      }),
      expectation,
    };
  };
  // One cell replaced: the oracle knows it invalid (the stricter validator must agree),
  // knows it valid free text, or cannot tell (the validator may be stricter).
  const cellEdit = (i: number, c: number, value: string): Mutated => {
    const column = header[c]!;
    rows[i]![c] = value;
    const f = schema.fields.find((field) => field.name === column)!;
    if (!oracleCell(value, f, schema.missingValues).ok)
      return done({ kind: 'row-invalid', row: rowNumber(i), column });
    if (isFreeText(schema, column)) return done({ kind: 'valid' });
    return done({ kind: 'unknown' });
  };
  switch (mutation.type) {
    case 'deleteRow':
      rows.splice(at(mutation.i), 1);
      return done(rows.length === 0 ? { kind: 'unknown' } : { kind: 'valid' });
    case 'duplicateRow': {
      const i = at(mutation.i);
      rows.splice(i + 1, 0, [...rows[i]!]);
      const key = schema.primaryKey;
      return done({
        kind: 'row-invalid',
        row: rowNumber(i + 1),
        column: key.length === 1 ? key[0] : undefined,
      });
    }
    case 'swapRows': {
      const i = at(mutation.i);
      const j = at(mutation.j);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
      return done({ kind: 'valid' });
    }
    case 'dropColumn': {
      const c = col(mutation.c);
      const [column] = header.splice(c, 1);
      for (const row of rows) row.splice(c, 1);
      return done({ kind: 'header-invalid', column: column! });
    }
    case 'addColumn': {
      const c = mutation.at % (header.length + 1);
      header.splice(c, 0, mutation.name);
      for (const row of rows) row.splice(c, 0, mutation.fill);
      // An empty extra name with empty cells is a trailing comma, which is still wrong. A
      // byte-order mark opening the file is not part of the first name; inside the quotes
      // of a quoted first name, it is (found by this fuzzer: "\uFEFF\r\n" as a name).
      const opensFile = c === 0 && quoteIfNeeded(mutation.name) === mutation.name;
      const column = opensFile ? mutation.name.replace(/^\uFEFF/, '') : mutation.name;
      return done({ kind: 'header-invalid', column });
    }
    case 'headerCase': {
      const c = col(mutation.c);
      const column = header[c]!;
      header[c] = column.toUpperCase();
      return done({ kind: 'header-invalid', column });
    }
    case 'replaceCell':
      return cellEdit(at(mutation.i), col(mutation.c), mutation.text);
    case 'hugeCell': {
      const repeated = mutation.unit.repeat(Math.ceil(HUGE / mutation.unit.length)).slice(0, HUGE);
      return cellEdit(at(mutation.i), col(mutation.c), repeated);
    }
    case 'oddText': {
      const i = at(mutation.i);
      const c = col(mutation.c);
      const cell = rows[i]![c]!;
      const middle = Math.floor(cell.length / 2);
      const value =
        mutation.at === 'replace'
          ? mutation.odd
          : mutation.at === 'start'
            ? mutation.odd + cell
            : mutation.at === 'end'
              ? cell + mutation.odd
              : cell.slice(0, middle) + mutation.odd + cell.slice(middle);
      return cellEdit(i, c, value);
    }
    case 'numberCell':
      return cellEdit(at(mutation.i), mutation.c % header.length, mutation.text);
    case 'blankRow':
      rows.splice(at(mutation.i), 0, mutation.kind === 'empty' ? [''] : header.map(() => ''));
      return done({ kind: 'valid' });
    case 'lineEnds':
      // LF, CRLF or CR, one kind throughout or mixed (a file edited on two systems).
      return done({ kind: 'valid' }, { lineEnds: mutation.ends });
    case 'bom':
      return done({ kind: 'valid' }, { bom: true });
    case 'strayQuote': {
      const mutated = done({ kind: 'structural' });
      const cut = mutation.at % (mutated.text.length + 1);
      return { ...mutated, text: `${mutated.text.slice(0, cut)}"${mutated.text.slice(cut)}` };
    }
    case 'truncate': {
      const mutated = done({ kind: 'structural' });
      return { ...mutated, text: mutated.text.slice(0, mutation.at % (mutated.text.length + 1)) };
    }
  }
}
