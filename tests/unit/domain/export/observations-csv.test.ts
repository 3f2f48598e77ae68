import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, isNeutralised } from '../../../../src/domain/export/csv';
import {
  OBSERVATION_COLUMNS,
  toObservationRecord,
  type ObservationRecord,
} from '../../../../src/domain/export/observation-columns';
import { observationsToCsv } from '../../../../src/domain/export/observations-csv';
import type { Observation } from '../../../../src/domain/model';
import { makeObservation } from '../make-observation';

const NUMBER_COLUMNS = new Set(['period_start', 'period_end', 'value', 'paragraph']);

/** Hostile and awkward text, each in a text column, and numbers a formatter could mangle. */
const HOSTILE_TEXT = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  'a quote, with "commas", "quotes"\nand a newline',
  'Заключённые в камерах — 19,2 %; Қазақстан, өңір, Үкімет; “typographic” ‘quotes’ and follow‑up',
];
const NUMBERS = [0, -5, 13200, 45.5, 1e21, 1.2345e23];

function fixtureRows(): Observation[] {
  return HOSTILE_TEXT.map((text, index) => ({
    ...makeObservation(NUMBERS[index % NUMBERS.length] ?? 0, [2023, 2024]),
    series: index === 0 ? 'test-series' : text,
    quote: text,
    note: HOSTILE_TEXT[HOSTILE_TEXT.length - 1 - index] ?? '',
  }));
}

/** Reads a CSV the way a careful user would: PapaParse, then numbers and prefixes undone. */
function readBack(csv: string, originals: ObservationRecord[]): Record<string, string | number>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...OBSERVATION_COLUMNS]);
  return parsed.data.map((row, index) =>
    Object.fromEntries(
      OBSERVATION_COLUMNS.map((column) => {
        const text = row[column] ?? '';
        if (NUMBER_COLUMNS.has(column)) return [column, Number(text)];
        // Only cells the writer neutralised lose their prefix; a text that really begins
        // with a single quote would keep it.
        const original = String(originals[index]?.[column]);
        return [column, isNeutralised(original) ? text.replace(/^'/, '') : text];
      }),
    ),
  );
}

describe(observationsToCsv, () => {
  it('writes the columns of the data contract in order, with CRLF line endings', () => {
    const csv = observationsToCsv([makeObservation(19.2, 2023)]);
    expect(csv).toBe(
      'source,indicator,series,period_start,period_end,value,unit,qualifier,kind,paragraph,quote,note\r\n' +
        'kz-cat-followup-2024,test-indicator,test-series,2023,2023,19.2,persons,exact,actual,1,quote,\r\n',
    );
  });

  it('round-trips hostile text and large numbers through PapaParse', () => {
    const rows = fixtureRows();
    const records = rows.map(toObservationRecord);
    const csv = observationsToCsv(rows);
    expect(readBack(csv, records)).toEqual(records);
  });

  it('neutralises text cells but never number cells', () => {
    const csv = observationsToCsv([
      { ...makeObservation(-5, 2023), quote: '-2+3', note: '@SUM(A1)' },
    ]);
    const line = csv.split('\r\n')[1];
    expect(line).toBe(
      `kz-cat-followup-2024,test-indicator,test-series,2023,2023,-5,persons,exact,actual,1,"'-2+3","'@SUM(A1)"`,
    );
  });

  it('writes numbers plainly, whatever their size', () => {
    const csv = observationsToCsv(NUMBERS.map((value) => makeObservation(value, 2023)));
    const values = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[5]);
    expect(values).toEqual([
      '0',
      '-5',
      '13200',
      '45.5',
      '1000000000000000000000',
      '123450000000000000000000',
    ]);
  });

  it('adds a byte-order mark only when asked, and it does not disturb the header', () => {
    const rows = [makeObservation(1, 2023)];
    const withMark = observationsToCsv(rows, { byteOrderMark: true });
    const without = observationsToCsv(rows, { byteOrderMark: false });
    expect(withMark).toBe(BYTE_ORDER_MARK + without);
    expect(without.startsWith('source,')).toBe(true);
    // UTF-8 encodes the mark as EF BB BF.
    expect([...new TextEncoder().encode(withMark).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = rows.map(toObservationRecord);
    expect(readBack(withMark, records)).toEqual(records);
  });

  it('writes only the header for no rows', () => {
    expect(observationsToCsv([])).toBe(`${OBSERVATION_COLUMNS.join(',')}\r\n`);
  });
});
