// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta, Observation } from '../../src/domain/model';
import { validateObservations } from '../../src/data/validate-observations';
import { readTable } from './support/csv-table';
import {
  checkMutated,
  generalProblems,
  plausibleEdits,
  randomCsvText,
  type CsvTarget,
} from './support/csv-harness';
import { INDICATOR_IDS, readData, readDataJson } from './support/files';
import { mutationArbitrary } from './support/csv-table';
import { columnNames, observationsSchema } from './support/table-oracle';
import { HEAVY_RUNS, RUNS } from './support/runs';

/**
 * Fuzzing the observations CSV validator (PapaParse, validateTable, validateObservations)
 * from random bytes and from each committed data/indicators/<id>.csv with one mutation.
 */

// The committed metadata, read as JSON: the fuzzers test the CSV, not the metadata validator.
const metas = new Map(
  INDICATOR_IDS.map((id) => [id, readDataJson(`indicators/${id}.json`) as IndicatorMeta]),
);
const tables = new Map(
  INDICATOR_IDS.map((id) => [id, readTable(readData(`indicators/${id}.csv`))]),
);

const observationCells = (o: Observation): Record<string, unknown> => ({
  source: o.source,
  indicator: o.indicator,
  series: o.series,
  period_start: o.period.start,
  period_end: o.period.end,
  value: o.value,
  unit: o.unit,
  qualifier: o.qualifier,
  kind: o.kind,
  paragraph: o.paragraph,
  quote: o.quote,
  note: o.note,
});

const OBSERVATION_KEYS = Object.keys(observationCells({ period: {} } as Observation))
  .map((key) => (key.startsWith('period_') ? 'period' : key))
  .filter((key, index, keys) => keys.indexOf(key) === index)
  .sort()
  .join();

function target(meta: IndicatorMeta): CsvTarget<Observation> {
  const units = new Map(meta.series.map((s) => [s.id, s.unit]));
  return {
    schema: observationsSchema,
    validate: (text, file) => {
      const { observations, issues } = validateObservations(text, file, meta);
      return { items: observations, issues };
    },
    cells: observationCells,
    crossField: (o) => [
      ...(o.period.start <= o.period.end ? [] : ['period starts after it ends']),
      ...(o.indicator === meta.id ? [] : [`indicator ${o.indicator} is not ${meta.id}`]),
      ...(units.get(o.series) === o.unit
        ? []
        : [`series ${o.series} is not declared in ${o.unit}`]),
      ...(Object.keys(o).sort().join() === OBSERVATION_KEYS
        ? []
        : [`keys ${Object.keys(o).join()}`]),
    ],
  };
}

const HEADER = columnNames(observationsSchema).join(',');

describe('fuzz: observations CSV (validateObservations)', { timeout: 600_000 }, () => {
  it('never throws on random bytes and strings, and accepts only valid rows', () => {
    const id = 'prison-mortality';
    const fuzzTarget = target(metas.get(id)!);
    const file = `data/indicators/${id}.csv`;
    fc.assert(
      fc.property(randomCsvText(HEADER, tables.get(id)!.rows), (text) => {
        expect(generalProblems(fuzzTarget, text, file).problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a committed file with one mutation: typed result, valid rows only, the broken row named', () => {
    const committed = fc.constantFrom(...INDICATOR_IDS);
    const mutation = fc.oneof(
      { arbitrary: mutationArbitrary(observationsSchema, 0), weight: 4 },
      { arbitrary: plausibleEdits(observationsSchema, [...tables.values()]), weight: 1 },
    );
    fc.assert(
      fc.property(committed, mutation, (id, m) => {
        checkMutated(target(metas.get(id)!), tables.get(id)!, m, `data/indicators/${id}.csv`);
      }),
      { numRuns: RUNS },
    );
  });

  it('a committed file with a 100 kB field', () => {
    const committed = fc.constantFrom(...INDICATOR_IDS);
    const huge = mutationArbitrary(observationsSchema, 1).filter((m) => m.type === 'hugeCell');
    fc.assert(
      fc.property(committed, huge, (id, m) => {
        checkMutated(target(metas.get(id)!), tables.get(id)!, m, `data/indicators/${id}.csv`);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });
});
