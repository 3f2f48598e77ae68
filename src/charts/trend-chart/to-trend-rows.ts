import type { Observation } from '../../domain/model';

export interface TrendRow {
  year: number;
  /** Value of each series in this year, by series id. */
  values: Record<string, number>;
  observations: Record<string, Observation>;
}

/**
 * One-year observations → one row per year with a value per series, the shape Recharts
 * lines read. Series absent in a year have no value there (no interpolation).
 */
export function toTrendRows(
  charted: readonly Observation[],
  visibleSeries: readonly string[],
): TrendRow[] {
  const visible = new Set(visibleSeries);
  const byYear = new Map<number, TrendRow>();
  for (const o of charted) {
    if (!visible.has(o.series)) continue;
    const year = o.period.end;
    const row = byYear.get(year) ?? { year, values: {}, observations: {} };
    row.values[o.series] = o.value;
    row.observations[o.series] = o;
    byYear.set(year, row);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
