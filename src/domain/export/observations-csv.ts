import type { Observation } from '../model';
import { toCsv, type CsvOptions } from './csv';
import { OBSERVATION_COLUMNS, toObservationRecord } from './observation-columns';

/**
 * Observations as the data contract's CSV: a header row with the Table Schema's columns in
 * its order, one line per observation, years and values as plain numbers, text cells
 * neutralised against formula injection (see csv.ts). The result for the committed rows
 * parses back to the committed file's values.
 *
 * @example observationsToCsv(indicator.observations, { byteOrderMark: true })
 */
export function observationsToCsv(rows: readonly Observation[], options: CsvOptions = {}): string {
  return toCsv(
    OBSERVATION_COLUMNS,
    rows.map((row) => {
      const record = toObservationRecord(row);
      return OBSERVATION_COLUMNS.map((column) => record[column]);
    }),
    options,
  );
}
