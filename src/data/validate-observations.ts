import type { IndicatorMeta, Kind, Observation, Qualifier, Unit } from '../domain/model';
import type { ValidationIssue } from './issues';
import { observationSchema, type TableSchema } from './table-schema';
import { validateTable, type TypedRow } from './validate-table';

export interface ObservationsResult {
  observations: Observation[];
  issues: ValidationIssue[];
}

/**
 * CSV text → typed observations, checked against the Table Schema (validateTable, shared
 * with the other tables) and the indicator's metadata. Every problem is reported with file, row and column; a row with any problem is
 * left out, so nothing malformed reaches a chart.
 */
export function validateObservations(
  text: string,
  file: string,
  meta: IndicatorMeta,
  schema: TableSchema = observationSchema,
): ObservationsResult {
  const table = validateTable(text, file, schema);
  const issues = [...table.issues];
  const seriesUnits = new Map(meta.series.map((s) => [s.id, s.unit]));
  const observations: Observation[] = [];
  for (const { row, typed } of table.rows) {
    const rowIssues = checkRowAgainstMeta(typed, meta, seriesUnits, file, row);
    if (rowIssues.length > 0) issues.push(...rowIssues);
    else observations.push(toObservation(typed));
  }
  return { observations, issues };
}

function checkRowAgainstMeta(
  typed: TypedRow,
  meta: IndicatorMeta,
  seriesUnits: Map<string, Unit>,
  file: string,
  row: number,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (column: string, value: unknown, rule: string, message: string): void => {
    issues.push({ file, row, column, value: String(value), rule, message });
  };
  if (typed.indicator !== meta.id) {
    at(
      'indicator',
      typed.indicator,
      'indicator-id',
      `expected "${meta.id}", the indicator this file belongs to`,
    );
  }
  const unit = seriesUnits.get(String(typed.series));
  if (unit === undefined) {
    at(
      'series',
      typed.series,
      'series-declared',
      `the series "${String(typed.series)}" is not declared in ${meta.id}.json; declared: ${[...seriesUnits.keys()].join(', ')}`,
    );
  } else if (typed.unit !== unit) {
    at(
      'unit',
      typed.unit,
      'series-unit',
      `the series "${String(typed.series)}" is declared in ${unit}, found ${String(typed.unit)}`,
    );
  }
  if (Number(typed.period_end) < Number(typed.period_start)) {
    at(
      'period_end',
      typed.period_end,
      'period-order',
      `the period ends (${String(typed.period_end)}) before it starts (${String(typed.period_start)})`,
    );
  }
  return issues;
}

// Safe after validateField: every required field is present with its declared type and enum.
function toObservation(typed: TypedRow): Observation {
  return {
    source: String(typed.source),
    indicator: String(typed.indicator),
    series: String(typed.series),
    period: { start: Number(typed.period_start), end: Number(typed.period_end) },
    value: Number(typed.value),
    unit: typed.unit as Unit,
    qualifier: typed.qualifier as Qualifier,
    kind: typed.kind as Kind,
    paragraph: Number(typed.paragraph),
    quote: String(typed.quote),
    note: typed.note === undefined ? '' : String(typed.note),
  };
}
