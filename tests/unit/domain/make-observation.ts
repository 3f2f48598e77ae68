import type { Kind, Observation, Qualifier, Unit } from '../../../src/domain/model';

/**
 * A deterministic observation for domain tests. `period` is a year or an inclusive
 * [start, end] pair; everything not given takes a neutral default.
 */
export function makeObservation(
  value: number,
  period: number | [number, number],
  overrides: {
    series?: string;
    unit?: Unit;
    qualifier?: Qualifier;
    kind?: Kind;
    indicator?: string;
  } = {},
): Observation {
  const [start, end] = typeof period === 'number' ? [period, period] : period;
  return {
    source: 'kz-cat-followup-2024',
    indicator: overrides.indicator ?? 'test-indicator',
    series: overrides.series ?? 'test-series',
    period: { start, end },
    value,
    unit: overrides.unit ?? 'persons',
    qualifier: overrides.qualifier ?? 'exact',
    kind: overrides.kind ?? 'actual',
    paragraph: 1,
    quote: 'quote',
    note: '',
  };
}

/** Paragraph 39 of the report: 19.2 per cent (4,500 persons) in cells in 2023, 45.5 per cent (13,200) by 2030. */
export const cellConfinement = {
  shareActual: makeObservation(19.2, 2023, { series: 'share-in-cells', unit: 'percent' }),
  shareTarget: makeObservation(45.5, 2030, {
    series: 'share-in-cells',
    unit: 'percent',
    kind: 'target',
  }),
  personsActual: makeObservation(4500, 2023, { series: 'persons-in-cells' }),
  personsTarget: makeObservation(13200, 2030, { series: 'persons-in-cells', kind: 'target' }),
};
