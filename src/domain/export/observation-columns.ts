import type { Observation } from '../model';

/**
 * The observation columns in the data contract's order. The Table Schema
 * (data/schemas/observations.tableschema.json) is the source of truth; domain/ may not read
 * it (it stays free of the data layer), so tests/unit/domain/export/observation-columns.test.ts
 * fails when this list and the schema's field names drift apart.
 */
export const OBSERVATION_COLUMNS = [
  'source',
  'indicator',
  'series',
  'period_start',
  'period_end',
  'value',
  'unit',
  'qualifier',
  'kind',
  'paragraph',
  'quote',
  'note',
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

/** A cell as written to a file: text, or a number that is written as a number. */
export type Cell = string | number;

/** One observation as a row of the data contract (snake_case columns, years as numbers). */
export type ObservationRecord = Record<ObservationColumn, Cell>;

/** The inverse of the loader's column mapping (data/validate-observations.ts). */
export function toObservationRecord(observation: Observation): ObservationRecord {
  return {
    source: observation.source,
    indicator: observation.indicator,
    series: observation.series,
    period_start: observation.period.start,
    period_end: observation.period.end,
    value: observation.value,
    unit: observation.unit,
    qualifier: observation.qualifier,
    kind: observation.kind,
    paragraph: observation.paragraph,
    quote: observation.quote,
    note: observation.note,
  };
}
