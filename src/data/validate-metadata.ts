import {
  CHART_TYPES,
  DIRECTIONS,
  UNITS,
  type IndicatorMeta,
  type IndicatorTextTranslation,
  type SeriesMeta,
} from '../domain/model';
import type { ValidationIssue } from './issues';
import { JsonReader, parseJson } from './json-reader';
import { nonEmptyKey, readTranslations } from './read-translations';
import { observationSchema } from './table-schema';

// A series id is one the CSV's series column can hold (its Table Schema pattern).
const seriesPattern = observationSchema.fields.find((f) => f.name === 'series')?.constraints
  ?.pattern;
const SERIES_ID =
  seriesPattern === undefined ? undefined : new RegExp(`^(?:${seriesPattern})$`, 'u');

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * Indicator metadata JSON → IndicatorMeta, or every problem found with its JSON path.
 * `expectedId` is the id the file name promises.
 */
export function validateIndicatorMeta(
  text: string,
  file: string,
  expectedId: string,
): Validated<IndicatorMeta> {
  const read = new JsonReader(file);
  const json = parseJson(text, read);
  if (json === undefined) return { ok: false, issues: read.issues };
  const root = read.object(json, '(root)');
  if (!root) return { ok: false, issues: read.issues };

  const id = read.string(root.id, 'id');
  if (id !== undefined && id !== expectedId) {
    read.problem('id', id, 'indicator-id', `expected "${expectedId}", the name of the file`);
  }
  const series = readSeries(read, root.series);
  const seriesIds = new Set(series.map((s) => s.id));
  const headlineSeries = read.string(root.headlineSeries, 'headlineSeries');
  if (headlineSeries !== undefined && !seriesIds.has(headlineSeries)) {
    read.problem(
      'headlineSeries',
      headlineSeries,
      'series-declared',
      `"${headlineSeries}" is not one of the declared series`,
    );
  }
  const chart = read.object(root.chart, 'chart');
  const chartType = chart ? read.oneOf(chart.type, CHART_TYPES, 'chart.type') : undefined;
  const chartSeries = (chart ? read.array(chart.series, 'chart.series') : undefined) ?? [];
  chartSeries.forEach((value, index) => {
    const path = `chart.series[${index}]`;
    const seriesId = read.string(value, path);
    if (seriesId !== undefined && !seriesIds.has(seriesId)) {
      read.problem(
        path,
        seriesId,
        'series-declared',
        `"${seriesId}" is not one of the declared series`,
      );
    }
    // Found by fuzzing (tests/fuzz): a series drawn twice passed, and the view in the URL
    // then showed it twice.
    if (seriesId !== undefined && chartSeries.indexOf(seriesId) !== index)
      read.problem(path, seriesId, 'unique', `"${seriesId}" is drawn twice`);
  });
  const recommendations = (read.array(root.recommendations, 'recommendations') ?? []).map(
    (value, index) => read.string(value, `recommendations[${index}]`),
  );
  const meta = {
    id,
    title: read.string(root.title, 'title'),
    subtitle: read.string(root.subtitle, 'subtitle'),
    topic: read.string(root.topic, 'topic'),
    description: read.string(root.description, 'description'),
    headlineSeries,
    chart: { type: chartType, series: chartSeries as string[] },
    series,
    recommendations: recommendations as string[],
  };
  const translations = readTranslations<IndicatorTextTranslation>(
    read,
    root.translations,
    'translations',
    {
      texts: ['title', 'subtitle', 'description'],
      maps: {
        series: (key) =>
          seriesIds.has(key)
            ? undefined
            : {
                rule: 'series-declared',
                message: `"${key}" is not one of the declared series; expected one of ${[...seriesIds].join(', ')}`,
              },
        notes: nonEmptyKey("a note's English text (as in the CSV's note column)"),
      },
    },
  );
  if (read.issues.length > 0) return { ok: false, issues: read.issues };
  // Every property was read and checked above; the reader recorded nothing.
  const value = (translations === undefined ? meta : { ...meta, translations }) as IndicatorMeta;
  return { ok: true, value };
}

function readSeries(read: JsonReader, value: unknown): SeriesMeta[] {
  const list = read.array(value, 'series') ?? [];
  if (Array.isArray(value) && list.length === 0)
    read.problem('series', value, 'min-items', 'expected at least one series');
  const seen = new Set<string>();
  const series: SeriesMeta[] = [];
  list.forEach((item, index) => {
    const path = `series[${index}]`;
    const entry = read.object(item, path);
    if (!entry) return;
    const id = read.string(entry.id, `${path}.id`);
    const label = read.string(entry.label, `${path}.label`);
    const unit = read.oneOf(entry.unit, UNITS, `${path}.unit`);
    // Found by fuzzing (tests/fuzz): any text passed, though no row can name such a series,
    // and an id with a comma or spaces could not round-trip through the URL (?series=a,b).
    if (id !== undefined && SERIES_ID && !SERIES_ID.test(id))
      read.problem(
        `${path}.id`,
        id,
        'pattern',
        `"${id}" is not a series id: expected lower-case letters, digits and hyphens, as in the series column`,
      );
    if (id !== undefined && seen.has(id))
      read.problem(`${path}.id`, id, 'unique', `the series id "${id}" is declared twice`);
    if (id !== undefined) seen.add(id);
    const desiredDirection =
      entry.desiredDirection === undefined
        ? undefined
        : read.oneOf(entry.desiredDirection, DIRECTIONS, `${path}.desiredDirection`);
    if (id !== undefined && label !== undefined && unit !== undefined)
      series.push(desiredDirection ? { id, label, unit, desiredDirection } : { id, label, unit });
  });
  return series;
}
