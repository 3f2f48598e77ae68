import { describe, expect, it } from 'vitest';
import { fieldNames, observationSchema } from '../../../../src/data/table-schema';
import { OBSERVATION_COLUMNS } from '../../../../src/domain/export/observation-columns';

// The Table Schema declares the columns; the export writes them. This fails on any drift.
describe('OBSERVATION_COLUMNS', () => {
  it('lists the Table Schema fields in order', () => {
    expect([...OBSERVATION_COLUMNS]).toEqual(fieldNames(observationSchema));
  });
});
