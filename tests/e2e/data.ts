import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** Reads the curated data on disk, independently of the app's own loader. */
const dataDir = path.resolve(import.meta.dirname, '../../data');

export type ChartType = 'trend' | 'target' | 'bars';
export interface SeriesMeta {
  id: string;
  label: string;
}
export interface IndicatorMeta {
  id: string;
  title: string;
  subtitle: string;
  chart: { type: ChartType; series: string[] };
  series: SeriesMeta[];
}
export interface Observation {
  series: string;
  period_start: string;
  period_end: string;
  kind: string;
  paragraph: string;
}
export interface Indicator {
  meta: IndicatorMeta;
  rows: Observation[];
  csv: string;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(object: unknown, key: string, guard: (v: unknown) => v is T, where: string): T {
  const value = isRecord(object) ? object[key] : undefined;
  if (!guard(value)) throw new Error(`${where}: "${key}" is missing or has the wrong type`);
  return value;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => isArray(v) && v.every(isString);
const isChartType = (v: unknown): v is ChartType => v === 'trend' || v === 'target' || v === 'bars';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;

/** Indicator ids: datapackage.json resources at `indicators/<id>.csv`. */
export function indicatorIds(): string[] {
  const where = 'data/datapackage.json';
  const resources = field(
    readJson(path.join(dataDir, 'datapackage.json')),
    'resources',
    isArray,
    where,
  );
  return resources.flatMap((resource) => {
    const match = /^indicators\/([a-z0-9-]+)\.csv$/.exec(
      isRecord(resource) ? String(resource.path) : '',
    );
    return match?.[1] ? [match[1]] : [];
  });
}

/** Every page the build publishes and the app hydrates, without a language prefix. */
export function publishedPages(): string[] {
  const ids = indicatorIds();
  return [
    '/',
    ...ids.map((id) => `/indicators/${id}`),
    ...ids.map((id) => `/embed/${id}`),
    '/checks',
    '/source',
    '/timeline',
    '/recommendations',
    '/data/',
    '/about',
  ];
}

function readMeta(id: string): IndicatorMeta {
  const where = `data/indicators/${id}.json`;
  const json = readJson(path.join(dataDir, 'indicators', `${id}.json`));
  const chart = field(json, 'chart', isRecord, where);
  const series = field(json, 'series', isArray, where).map((s) => ({
    id: field(s, 'id', isString, `${where} series`),
    label: field(s, 'label', isString, `${where} series`),
  }));
  return {
    id: field(json, 'id', isString, where),
    title: field(json, 'title', isString, where),
    subtitle: field(json, 'subtitle', isString, where),
    chart: {
      type: field(chart, 'type', isChartType, `${where} chart`),
      series: field(chart, 'series', isStringArray, `${where} chart`),
    },
    series,
  };
}

export function readIndicator(id: string): Indicator {
  const file = `data/indicators/${id}.csv`;
  const csv = readFileSync(path.join(dataDir, 'indicators', `${id}.csv`), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message ?? ''}`);
  const rows = parsed.data.map((row, index) => {
    const get = (column: string): string =>
      field(row, column, isString, `${file} row ${index + 2}`);
    return {
      series: get('series'),
      period_start: get('period_start'),
      period_end: get('period_end'),
      kind: get('kind'),
      paragraph: get('paragraph'),
    };
  });
  return { meta: readMeta(id), rows, csv };
}

/** Whether a row is drawn as a mark by a chart of this type (single-period figures only for lines). */
function isPlotted(type: ChartType, row: Observation): boolean {
  const singlePeriod = row.period_start === row.period_end;
  if (type === 'trend') return row.kind === 'actual' && singlePeriod;
  if (type === 'target') return (row.kind === 'actual' || row.kind === 'target') && singlePeriod;
  return true;
}

/** Number of `[data-mark]` elements expected for the given series (default: the chart's). */
export function expectedMarks(indicator: Indicator, series = indicator.meta.chart.series): number {
  const { type } = indicator.meta.chart;
  return indicator.rows.filter((row) => series.includes(row.series) && isPlotted(type, row)).length;
}

/** The chart series with most marks, with its label: the one a toggle test switches off. */
export function toggleableSeries(indicator: Indicator): SeriesMeta & { marks: number } {
  const candidates = indicator.meta.chart.series.map((id) => ({
    id,
    label: indicator.meta.series.find((s) => s.id === id)?.label ?? id,
    marks: expectedMarks(indicator, [id]),
  }));
  const best = candidates.sort((a, b) => b.marks - a.marks)[0];
  if (!best) throw new Error(`${indicator.meta.id}: chart.series is empty`);
  return best;
}

/** Every `indicator` named anywhere in a value (a check's totals, parts, series …). */
function indicatorsNamed(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(indicatorsNamed);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'indicator' && typeof inner === 'string' ? [inner] : indicatorsNamed(inner),
  );
}

/** The ids of the checks in data/checks.json that read an indicator's figures. */
export function checksReading(indicatorId: string): string[] {
  const checks = readJson(path.join(dataDir, 'checks.json'));
  if (!Array.isArray(checks)) throw new Error('checks.json: expected an array of checks');
  return checks.flatMap((check: unknown) =>
    isRecord(check) && typeof check.id === 'string' && indicatorsNamed(check).includes(indicatorId)
      ? [check.id]
      : [],
  );
}
