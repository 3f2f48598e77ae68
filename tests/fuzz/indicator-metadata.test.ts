// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../../src/domain/model';
import { validateIndicatorMeta } from '../../src/data/validate-metadata';
import { INDICATOR_IDS, readData, readDataJson } from './support/files';
import {
  applyJsonMutation,
  jsonMutation,
  jsonText,
  pathText,
  randomJsonText,
  replacementValue,
  type AppliedJsonMutation,
} from './support/json-mutation';
import { isText, resultShapeProblems } from './support/json-result';
import { anyText, binaryString, decodedBytes } from './support/odd-text';
import { RUNS } from './support/runs';
import { field, observationsSchema } from './support/table-oracle';
import {
  translationExpectation,
  translationProblems,
  type TranslationContract,
} from './support/translations';

/**
 * Fuzzing the indicator metadata validator (data/indicators/<id>.json) with random bytes,
 * random JSON, metadata-shaped random structures and each committed file with one mutation.
 */

// From the data contract: the units are the observation schema's, a series id is one the
// CSV's series column can hold, the chart types and directions are the README's.
const UNITS = field(observationsSchema, 'unit').constraints!.enum!;
const SERIES_ID = new RegExp(
  `^(?:${field(observationsSchema, 'series').constraints!.pattern!})$`,
  'u',
);
const CHART_TYPES = ['trend', 'target', 'bars'];
const DIRECTIONS = ['increase', 'decrease'];

const committed = new Map(INDICATOR_IDS.map((id) => [id, readDataJson(`indicators/${id}.json`)]));

/** Property (b): what the validator accepted is metadata the contract allows. */
function metaProblems(meta: IndicatorMeta, expectedId: string): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, why: string): void => {
    if (!ok) problems.push(why);
  };
  need(meta.id === expectedId, 'id is not the file name');
  for (const key of ['title', 'subtitle', 'topic', 'description'] as const)
    need(isText(meta[key]), `${key} is not text`);
  need(Array.isArray(meta.series) && meta.series.length > 0, 'no series');
  const ids = meta.series.map((s) => s.id);
  need(new Set(ids).size === ids.length, 'series ids repeat');
  for (const s of meta.series) {
    need(isText(s.id) && SERIES_ID.test(s.id), `series id ${JSON.stringify(s.id)} is not an id`);
    need(isText(s.label), 'series label is not text');
    need(UNITS.includes(s.unit), `unit ${String(s.unit)}`);
    need(s.desiredDirection === undefined || DIRECTIONS.includes(s.desiredDirection), 'direction');
    need(
      Object.keys(s).every((k) => ['id', 'label', 'unit', 'desiredDirection'].includes(k)),
      `series keys ${Object.keys(s).join()}`,
    );
  }
  need(ids.includes(meta.headlineSeries), 'headline series not declared');
  need(CHART_TYPES.includes(meta.chart.type), 'chart type');
  need(Array.isArray(meta.chart.series), 'chart series not a list');
  need(
    meta.chart.series.every((id) => ids.includes(id)),
    'chart series not declared',
  );
  need(new Set(meta.chart.series).size === meta.chart.series.length, 'chart series repeat');
  need(
    Array.isArray(meta.recommendations) && meta.recommendations.every(isText),
    'recommendations',
  );
  problems.push(...translationProblems(meta.translations, translationContract(ids)));
  return problems;
}

/** Translations: labels of declared series only, notes keyed by their English text. */
const translationContract = (seriesIds: string[]): TranslationContract => ({
  texts: ['title', 'subtitle', 'description'],
  maps: { series: (key) => seriesIds.includes(key), notes: isText },
});

function check(text: string, file: string, expectedId: string) {
  const result = validateIndicatorMeta(text, file, expectedId);
  expect(resultShapeProblems(result, file)).toEqual([]);
  if (result.ok) expect(metaProblems(result.value, expectedId)).toEqual([]);
  return result;
}

// Paths whose value must be non-empty text, and the containers that must be there.
const TEXT_PATH =
  /^(id|title|subtitle|topic|description|headlineSeries|chart\.type|chart\.series\[\d+\]|series\[\d+\]\.(id|label|unit)|recommendations\[\d+\])$/;
const OBJECT_PATH = /^(chart|series\[\d+\])$/;
const LIST_PATH = /^(series|chart\.series|recommendations)$/;
const KNOWN_KEYS: Record<string, string[]> = {
  root: [
    'id',
    'title',
    'subtitle',
    'topic',
    'description',
    'headlineSeries',
    'chart',
    'series',
    'recommendations',
    'translations',
  ],
  chart: ['type', 'series'],
  series: ['id', 'label', 'unit', 'desiredDirection'],
};

/**
 * Property (c): the JSON path an issue must name after a mutation known to break the file,
 * 'same' when the mutation must change nothing, or undefined when it may go either way.
 */
function expectedAfter(
  m: AppliedJsonMutation,
  expectedId: string,
  seriesIds: string[],
): string | 'same' | undefined {
  const at = pathText(m.path);
  const value = m.value;
  if (m.path[0] === 'translations')
    return translationExpectation(m, 0, translationContract(seriesIds));
  if (m.op === 'insertKey') {
    const owner = m.path.length === 1 ? 'root' : m.path[0] === 'chart' ? 'chart' : 'series';
    const key = String(m.path[m.path.length - 1]);
    return m.path.length <= 3 && !KNOWN_KEYS[owner]!.includes(key) && !/^recommendations/.test(at)
      ? 'same'
      : undefined;
  }
  if (m.op === 'duplicate') {
    if (/^series\[\d+\]$/.test(at)) return `${at}.id`;
    if (/^chart\.series\[\d+\]$/.test(at)) return at;
    return undefined;
  }
  if (m.path.length === 0 && m.value === undefined) return '(file)';
  if (m.path.length === 0)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? undefined
      : '(root)';
  const lastIsKey = typeof m.path[m.path.length - 1] === 'string';
  if (m.op === 'delete')
    return lastIsKey && (TEXT_PATH.test(at) || OBJECT_PATH.test(at) || LIST_PATH.test(at))
      ? at
      : undefined;
  if (TEXT_PATH.test(at) && !isText(value)) return at;
  if (OBJECT_PATH.test(at) && (typeof value !== 'object' || value === null || Array.isArray(value)))
    return at;
  if (LIST_PATH.test(at) && !Array.isArray(value)) return at;
  if (at === 'id' && value !== expectedId) return at;
  if (/^series\[\d+\]\.unit$/.test(at) && !UNITS.includes(value as string)) return at;
  if (at === 'chart.type' && !CHART_TYPES.includes(value as string)) return at;
  return undefined;
}

/** Metadata-shaped values: right keys, a mix of right and wrong values. */
const idPool = ['disease-deaths', 'suicides', 'count', 'a', 'x-1'];
const wrongOr = <T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: replacementValue, weight: 1 });
const seriesId = fc.oneof(fc.constantFrom(...idPool), anyText);
const metaShaped = fc.record(
  {
    id: wrongOr(fc.constant('prison-mortality')),
    title: wrongOr(anyText),
    subtitle: wrongOr(anyText),
    topic: wrongOr(anyText),
    description: wrongOr(anyText),
    headlineSeries: wrongOr(seriesId),
    chart: wrongOr(
      fc.record({
        type: wrongOr(fc.constantFrom(...CHART_TYPES)),
        series: wrongOr(fc.array(wrongOr(fc.constantFrom(...idPool)), { maxLength: 4 })),
      }),
    ),
    series: wrongOr(
      fc.array(
        wrongOr(
          fc.record(
            {
              id: wrongOr(seriesId),
              label: wrongOr(anyText),
              unit: wrongOr(fc.constantFrom(...UNITS)),
              desiredDirection: wrongOr(fc.constantFrom(...DIRECTIONS)),
            },
            { requiredKeys: ['id', 'label', 'unit'] },
          ),
        ),
        { maxLength: 5 },
      ),
    ),
    recommendations: wrongOr(fc.array(wrongOr(anyText), { maxLength: 3 })),
  },
  {
    requiredKeys: [
      'id',
      'title',
      'subtitle',
      'topic',
      'description',
      'headlineSeries',
      'chart',
      'series',
    ],
  },
);

describe('fuzz: indicator metadata JSON (validateIndicatorMeta)', { timeout: 600_000 }, () => {
  const file = 'data/indicators/prison-mortality.json';

  it('never throws on random bytes, random JSON and metadata-shaped structures', () => {
    const input = fc.oneof(decodedBytes, binaryString(200), randomJsonText, {
      arbitrary: metaShaped.map((meta) => JSON.stringify(meta)),
      weight: 6,
    });
    fc.assert(
      fc.property(input, (text) => {
        check(text, file, 'prison-mortality');
      }),
      { numRuns: RUNS },
    );
  });

  it('a committed file with one mutation: typed result, valid metadata only, the broken path named', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATOR_IDS), jsonMutation, (id, mutation) => {
        const path = `data/indicators/${id}.json`;
        const applied = applyJsonMutation(committed.get(id), mutation);
        const result = check(jsonText(applied.document), path, id);
        const declared = (committed.get(id) as IndicatorMeta).series.map((s) => s.id);
        const expected = expectedAfter(applied, id, declared);
        if (expected === 'same') {
          expect(result).toEqual(
            validateIndicatorMeta(readData(`indicators/${id}.json`), path, id),
          );
        } else if (expected !== undefined) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues.map((issue) => issue.column)).toContain(expected);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
