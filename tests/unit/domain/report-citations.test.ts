import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorMeta } from '../../../src/domain/model';
import { citingKeys, collectCitations } from '../../../src/domain/report-citations';
import { makeObservation } from './make-observation';

function indicator(
  id: string,
  rows: { paragraph: number; quote: string; source?: string }[],
): Indicator {
  const meta: IndicatorMeta = {
    id,
    title: id,
    subtitle: '',
    topic: 'test',
    description: '',
    headlineSeries: 'test-series',
    chart: { type: 'trend', series: ['test-series'] },
    series: [{ id: 'test-series', label: 'Test', unit: 'persons' }],
    recommendations: [],
  };
  return {
    meta,
    observations: rows.map((row) => ({
      ...makeObservation(1, 2023, { indicator: id }),
      ...row,
    })),
  };
}

describe(collectCitations, () => {
  it('groups the quotes by paragraph, keyed by indicator, in the order of the indicators', () => {
    const citations = collectCitations('kz-cat-followup-2024', [
      indicator('a', [
        { paragraph: 17, quote: '449 persons' },
        { paragraph: 48, quote: '22 suicides' },
      ]),
      indicator('b', [{ paragraph: 17, quote: '603 citizens' }]),
    ]);
    expect([...citations.keys()]).toEqual([17, 48]);
    expect(citations.get(17)).toEqual([
      { quote: '449 persons', key: 'a' },
      { quote: '603 citizens', key: 'b' },
    ]);
  });

  it('lists a quote once per indicator, however many rows read it', () => {
    const citations = collectCitations('kz-cat-followup-2024', [
      indicator('a', [
        { paragraph: 39, quote: '19.2 per cent, or 4,500 persons' },
        { paragraph: 39, quote: '19.2 per cent, or 4,500 persons' },
      ]),
      indicator('b', [{ paragraph: 39, quote: '19.2 per cent, or 4,500 persons' }]),
    ]);
    expect(citations.get(39)).toEqual([
      { quote: '19.2 per cent, or 4,500 persons', key: 'a' },
      { quote: '19.2 per cent, or 4,500 persons', key: 'b' },
    ]);
  });

  it('leaves out rows from other source documents', () => {
    const citations = collectCitations('kz-cat-followup-2024', [
      indicator('a', [{ paragraph: 5, quote: 'x', source: 'shadow-report-2024' }]),
    ]);
    expect(citations.size).toBe(0);
  });
});

describe(citingKeys, () => {
  it('lists each indicator once, in order', () => {
    expect(
      citingKeys([
        { quote: 'x', key: 'b' },
        { quote: 'y', key: 'a' },
        { quote: 'z', key: 'b' },
      ]),
    ).toEqual(['b', 'a']);
  });
});
