import type { Observation } from '../../domain/model';

export interface TrendRow {
  year: number;
  /** Value of each series in this year, by series id. */
  values: Record<string, number>;
  observations: Record<string, Observation>;
  /** Series whose value label goes below the point, to clear a close value just above it. */
  labelBelow: Record<string, boolean>;
}

/** Two values closer than this share of the chart's largest value would have touching labels. */
const LABEL_CLEARANCE = 0.15;

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
    const row = byYear.get(year) ?? { year, values: {}, observations: {}, labelBelow: {} };
    row.values[o.series] = o.value;
    row.observations[o.series] = o;
    byYear.set(year, row);
  }
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  const largest = Math.max(0, ...rows.flatMap((row) => Object.values(row.values)));
  for (const row of rows) {
    for (const [series, value] of Object.entries(row.values)) {
      row.labelBelow[series] = Object.entries(row.values).some(
        ([other, otherValue]) =>
          other !== series &&
          (otherValue > value || (otherValue === value && other < series)) &&
          otherValue - value <= largest * LABEL_CLEARANCE,
      );
    }
  }
  return rows;
}
