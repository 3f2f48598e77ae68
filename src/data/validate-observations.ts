import type { IndicatorMeta, Kind, Observation, Qualifier, Unit } from '../domain/model';
import type { ValidationIssue } from './issues';
import { parseCsv } from './parse-csv';
import { fieldNames, observationSchema, type TableSchema } from './table-schema';
import { validateField } from './validate-field';

export interface ObservationsResult {
  observations: Observation[];
  issues: ValidationIssue[];
}

type TypedRow = Record<string, string | number | undefined>;

/**
 * CSV text → typed observations, checked against the Table Schema and the indicator's
 * metadata. Every problem is reported with file, row and column; a row with any problem is
 * left out, so nothing malformed reaches a chart.
 */
export function validateObservations(
  text: string,
  file: string,
  meta: IndicatorMeta,
  schema: TableSchema = observationSchema,
): ObservationsResult {
  const parsed = parseCsv(text, file);
  const issues = [...parsed.issues];
  if (parsed.header.length === 0) return { observations: [], issues };

  const expected = fieldNames(schema);
  const columnIssues: ValidationIssue[] = [];
  for (const name of expected.filter((n) => !parsed.header.includes(n))) {
    columnIssues.push({
      file,
      row: 1,
      column: name,
      rule: 'missing-column',
      message: `the column "${name}" is missing; expected the columns ${expected.join(', ')}`,
    });
  }
  for (const name of parsed.header.filter((n) => !expected.includes(n))) {
    columnIssues.push({
      file,
      row: 1,
      column: name,
      rule: 'unknown-column',
      message: `unexpected column "${name}"; expected only ${expected.join(', ')}`,
    });
  }
  // Wrong columns make every row unreadable; a malformed row only itself.
  if (columnIssues.length > 0) return { observations: [], issues: [...issues, ...columnIssues] };
  if (parsed.rows.length === 0) {
    return {
      observations: [],
      issues: [{ file, rule: 'no-rows', message: 'the file has a header but no data rows' }],
    };
  }

  const seriesUnits = new Map(meta.series.map((s) => [s.id, s.unit]));
  const keys = new Set<string>();
  const observations: Observation[] = [];
  const rowsWithFieldCountIssue = new Set(parsed.issues.map((issue) => issue.row));
  for (const { row, cells } of parsed.rows) {
    if (rowsWithFieldCountIssue.has(row)) continue;
    const rowIssues: ValidationIssue[] = [];
    const typed: TypedRow = {};
    for (const field of schema.fields) {
      const raw = cells[field.name] ?? '';
      const result = validateField(raw, field, schema.missingValues);
      if (result.ok) typed[field.name] = result.value;
      else
        rowIssues.push({
          file,
          row,
          column: field.name,
          value: raw,
          rule: result.rule,
          message: result.message,
        });
    }
    if (rowIssues.length === 0) {
      rowIssues.push(...checkRowAgainstMeta(typed, meta, seriesUnits, file, row));
      const key = schema.primaryKey.map((name) => String(typed[name])).join('\u0000');
      if (keys.has(key)) {
        rowIssues.push({
          file,
          row,
          rule: 'primary-key',
          message: `duplicates an earlier row with the same ${schema.primaryKey.join(', ')}`,
        });
      }
      keys.add(key);
    }
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
