import { describe, expect, it } from 'vitest';
import { indicatorToJson } from '../../../../src/domain/export/indicator-json';
import type { Indicator } from '../../../../src/domain/model';
import { cellConfinement } from '../make-observation';

const indicator: Indicator = {
  meta: {
    id: 'test-indicator',
    title: 'Inmates held in cells',
    subtitle: 'Subtitle',
    topic: 'prison-conditions',
    description: 'Description with “quotes” and Қазақ letters',
    headlineSeries: 'share-in-cells',
    chart: { type: 'target', series: ['share-in-cells'] },
    series: [{ id: 'share-in-cells', label: 'Share', unit: 'percent' }],
    recommendations: ['21'],
  },
  observations: [cellConfinement.shareActual, { ...cellConfinement.shareTarget, quote: '=1+1' }],
};

describe(indicatorToJson, () => {
  it('writes the metadata, the version and the rows in the CSV columns, pretty-printed', () => {
    const text = indicatorToJson(indicator, '0.1.0');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": "0.1.0",\n');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toEqual({
      indicator: 'test-indicator',
      version: '0.1.0',
      metadata: indicator.meta,
      rows: [
        {
          source: 'kz-cat-followup-2024',
          indicator: 'test-indicator',
          series: 'share-in-cells',
          period_start: 2023,
          period_end: 2023,
          value: 19.2,
          unit: 'percent',
          qualifier: 'exact',
          kind: 'actual',
          paragraph: 1,
          quote: 'quote',
          note: '',
        },
        {
          source: 'kz-cat-followup-2024',
          indicator: 'test-indicator',
          series: 'share-in-cells',
          period_start: 2030,
          period_end: 2030,
          value: 45.5,
          unit: 'percent',
          qualifier: 'exact',
          kind: 'target',
          paragraph: 1,
          // JSON is not opened by a spreadsheet: text stays exactly as stated.
          quote: '=1+1',
          note: '',
        },
      ],
    });
    expect(Object.keys((json.rows as object[])[0] ?? {})).toEqual([
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
    ]);
  });
});
