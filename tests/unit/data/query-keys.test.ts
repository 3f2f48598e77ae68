import { describe, expect, it } from 'vitest';
import { dataKeys } from '../../../src/data/query-keys';

describe('dataKeys', () => {
  it('builds hierarchical keys from one root', () => {
    expect(dataKeys.all).toEqual(['data']);
    expect(dataKeys.catalogue()).toEqual(['data', 'catalogue']);
    expect(dataKeys.topics()).toEqual(['data', 'topics']);
    expect(dataKeys.indicators()).toEqual(['data', 'indicators']);
    expect(dataKeys.indicator('prison-mortality')).toEqual([
      'data',
      'indicators',
      'prison-mortality',
    ]);
  });

  it('nests each indicator under the indicators key, so one invalidation reaches all', () => {
    const parent = dataKeys.indicators();
    const child = dataKeys.indicator('cell-confinement');
    expect(child.slice(0, parent.length)).toEqual(parent);
    expect(dataKeys.indicator('a')).not.toEqual(dataKeys.indicator('b'));
  });
});
