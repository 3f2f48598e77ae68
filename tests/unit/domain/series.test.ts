import { describe, expect, it } from 'vitest';
import type {
  ChartType,
  Indicator,
  IndicatorMeta,
  Kind,
  Observation,
} from '../../../src/domain/model';
import {
  findSeries,
  isChartable,
  observationsBySeries,
  seriesObservations,
  splitChartedObservations,
} from '../../../src/domain/series';
import { makeObservation } from './make-observation';

function indicator(type: ChartType, chartSeries: string[], observations: Observation[]): Indicator {
  const meta: IndicatorMeta = {
    id: 'test-indicator',
    title: 'Title',
    subtitle: 'Subtitle',
    topic: 'topic',
    description: 'Description',
    headlineSeries: chartSeries[0] ?? 'a',
    chart: { type, series: chartSeries },
    series: [
      { id: 'a', label: 'Series A', unit: 'persons' },
      { id: 'b', label: 'Series B', unit: 'persons' },
      { id: 'other', label: 'Other', unit: 'persons' },
    ],
    recommendations: ['21'],
  };
  return { meta, observations };
}

const o = (series: string, period: number | [number, number], kind: Kind = 'actual', value = 1) =>
  makeObservation(value, period, { series, kind });

describe(seriesObservations, () => {
  const rows = [
    o('a', 2023),
    o('b', 2022),
    o('a', 2021),
    o('a', 2030, 'target'),
    o('a', [2021, 2023]),
  ];

  it('keeps one series in period order', () => {
    expect(seriesObservations(rows, 'a')).toEqual([rows[2], rows[4], rows[0], rows[3]]);
  });

  it('keeps one kind when asked', () => {
    expect(seriesObservations(rows, 'a', 'target')).toEqual([rows[3]]);
    expect(seriesObservations(rows, 'a', 'actual')).toEqual([rows[2], rows[4], rows[0]]);
  });

  it('is empty for an unknown series', () => {
    expect(seriesObservations(rows, 'missing')).toEqual([]);
  });

  it('leaves its input in order', () => {
    const copy = [...rows];
    seriesObservations(rows, 'a');
    expect(rows).toEqual(copy);
  });
});

describe(observationsBySeries, () => {
  it('groups by series, each group in period order, series in order of first appearance', () => {
    const rows = [o('b', 2023), o('a', 2023), o('b', 2021), o('a', 2022)];
    const grouped = observationsBySeries(rows);
    expect([...grouped.keys()]).toEqual(['b', 'a']);
    expect(grouped.get('b')).toEqual([rows[2], rows[0]]);
    expect(grouped.get('a')).toEqual([rows[3], rows[1]]);
  });

  it('is empty without observations', () => {
    expect(observationsBySeries([]).size).toBe(0);
  });
});

describe(findSeries, () => {
  it('finds a declared series by id', () => {
    expect(findSeries(indicator('trend', ['a'], []), 'b')).toEqual({
      id: 'b',
      label: 'Series B',
      unit: 'persons',
    });
  });

  it('is undefined for an undeclared series', () => {
    expect(findSeries(indicator('trend', ['a'], []), 'nope')).toBeUndefined();
  });
});

describe(isChartable, () => {
  it.each<[ChartType, Kind, number | [number, number], boolean]>([
    ['trend', 'actual', 2023, true],
    ['trend', 'actual', [2022, 2023], false],
    ['trend', 'target', 2030, false],
    ['trend', 'planned', 2024, false],
    ['trend', 'legal_limit', 2024, false],
    ['target', 'actual', 2023, true],
    ['target', 'target', 2030, true],
    ['target', 'actual', [2022, 2023], false],
    ['target', 'target', [2029, 2030], false],
    ['target', 'planned', 2024, false],
    ['target', 'legal_limit', 2024, false],
    ['bars', 'actual', 2023, true],
    ['bars', 'actual', [2022, 2023], true],
    ['bars', 'target', 2030, true],
    ['bars', 'planned', [2024, 2028], true],
    ['bars', 'legal_limit', 2024, true],
  ])('%s chart, %s %o → %s', (type, kind, period, expected) => {
    expect(isChartable(type, o('a', period, kind))).toBe(expected);
  });
});

describe(splitChartedObservations, () => {
  it('trend: draws one-year actuals of the chart series; totals, targets and other series are figures', () => {
    const y2022 = o('a', 2022);
    const y2023 = o('a', 2023);
    const total = o('a', [2022, 2023]);
    const goal = o('a', 2030, 'target');
    const b2023 = o('b', 2023);
    const other = o('other', 2023);
    const split = splitChartedObservations(
      indicator('trend', ['a', 'b'], [y2022, total, goal, y2023, other, b2023]),
    );
    expect(split.charted).toEqual([y2022, y2023, b2023]);
    expect(split.figures).toEqual([total, goal, other]);
  });

  it('target: draws one-year actuals and targets; plans and totals are figures', () => {
    const actual = o('a', 2023);
    const goal = o('a', 2030, 'target');
    const plan = o('a', 2024, 'planned');
    const total = o('a', [2021, 2023]);
    const other = o('other', 2030, 'target');
    const split = splitChartedObservations(
      indicator('target', ['a'], [actual, goal, plan, total, other]),
    );
    expect(split.charted).toEqual([actual, goal]);
    expect(split.figures).toEqual([plan, total, other]);
  });

  it('bars: draws every row of the chart series; other series are figures', () => {
    const actual = o('a', 2023);
    const total = o('b', [2022, 2023]);
    const limit = o('a', 2024, 'legal_limit');
    const other = o('other', 2023);
    const split = splitChartedObservations(
      indicator('bars', ['a', 'b'], [actual, other, total, limit]),
    );
    expect(split.charted).toEqual([actual, total, limit]);
    expect(split.figures).toEqual([other]);
  });

  it('puts everything in figures when the chart names no series', () => {
    const rows = [o('a', 2023), o('b', 2023)];
    expect(splitChartedObservations(indicator('bars', [], rows))).toEqual({
      charted: [],
      figures: rows,
    });
  });

  it('loses no observation', () => {
    const rows = [o('a', 2023), o('a', [2022, 2023]), o('b', 2030, 'target'), o('other', 2022)];
    for (const type of ['trend', 'target', 'bars'] as const) {
      const { charted, figures } = splitChartedObservations(indicator(type, ['a', 'b'], rows));
      expect(charted.length + figures.length).toBe(rows.length);
      expect(new Set([...charted, ...figures])).toEqual(new Set(rows));
    }
  });
});
