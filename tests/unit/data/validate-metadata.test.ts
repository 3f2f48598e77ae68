import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/data/issues';
import { validateIndicatorMeta } from '../../../src/data/validate-metadata';

const FILE = 'data/indicators/prison-mortality.json';
const ID = 'prison-mortality';

const VALID = {
  id: 'prison-mortality',
  title: 'Deaths and suicides in prisons',
  subtitle: 'Deaths from disease, suicides and prevented suicide attempts.',
  topic: 'deaths-in-custody',
  description: 'The report states deaths from disease for 2021–2023.',
  headlineSeries: 'suicides',
  chart: { type: 'trend', series: ['disease-deaths', 'suicides'] },
  series: [
    { id: 'disease-deaths', label: 'Deaths from disease', unit: 'deaths' },
    { id: 'suicides', label: 'Suicides', unit: 'cases' },
  ],
  recommendations: ['24'],
};

/** The metadata with some properties replaced (undefined removes the property). */
const withChanges = (changes: Record<string, unknown>): string =>
  JSON.stringify({ ...VALID, ...changes });

const where = (issues: readonly ValidationIssue[]) =>
  issues.map(({ file, column, value, rule }) => ({ file, column, value, rule }));

function issuesOf(text: string): ValidationIssue[] {
  const result = validateIndicatorMeta(text, FILE, ID);
  if (result.ok) throw new Error('expected the metadata to be invalid');
  return result.issues;
}

describe(validateIndicatorMeta, () => {
  it('accepts valid metadata and returns it typed', () => {
    expect(validateIndicatorMeta(JSON.stringify(VALID), FILE, ID)).toEqual({
      ok: true,
      value: VALID,
    });
  });

  it('keeps a declared direction of a series', () => {
    const series = [
      {
        id: 'disease-deaths',
        label: 'Deaths from disease',
        unit: 'deaths',
        desiredDirection: 'decrease',
      },
      { id: 'suicides', label: 'Suicides', unit: 'cases' },
    ];
    const result = validateIndicatorMeta(withChanges({ series }), FILE, ID);
    expect(result).toEqual({ ok: true, value: { ...VALID, series } });
  });

  it('rejects an unknown direction', () => {
    const series = [
      {
        id: 'disease-deaths',
        label: 'Deaths from disease',
        unit: 'deaths',
        desiredDirection: 'down',
      },
      { id: 'suicides', label: 'Suicides', unit: 'cases' },
    ];
    expect(where(issuesOf(withChanges({ series })))).toEqual([
      { file: FILE, column: 'series[0].desiredDirection', value: 'down', rule: 'enum' },
    ]);
  });

  it('ignores properties it does not know', () => {
    const result = validateIndicatorMeta(withChanges({ curatorNote: 'checked twice' }), FILE, ID);
    expect(result).toEqual({ ok: true, value: VALID });
  });

  it('invalid JSON: one issue naming the file', () => {
    const issues = issuesOf('{ "id": "prison-mortality", ');
    expect(where(issues)).toEqual([
      { file: FILE, column: '(file)', value: undefined, rule: 'json-syntax' },
    ]);
    expect(issues[0]?.message).toMatch(/^the file is not valid JSON \(/);
  });

  it.each<[string, string, { column: string; value: string | undefined; rule: string }[]]>([
    ['a list instead of an object', '[]', [{ column: '(root)', value: '[]', rule: 'type' }]],
    ['null', 'null', [{ column: '(root)', value: 'null', rule: 'type' }]],
    [
      'a missing title',
      withChanges({ title: undefined }),
      [{ column: 'title', value: undefined, rule: 'type' }],
    ],
    [
      'a blank title',
      withChanges({ title: '  ' }),
      [{ column: 'title', value: '  ', rule: 'type' }],
    ],
    [
      'a numeric subtitle',
      withChanges({ subtitle: 3 }),
      [{ column: 'subtitle', value: '3', rule: 'type' }],
    ],
    [
      'a missing topic',
      withChanges({ topic: undefined }),
      [{ column: 'topic', value: undefined, rule: 'type' }],
    ],
    [
      'a missing description',
      withChanges({ description: undefined }),
      [{ column: 'description', value: undefined, rule: 'type' }],
    ],
    [
      'an id that is not the file name',
      withChanges({ id: 'prison-deaths' }),
      [{ column: 'id', value: 'prison-deaths', rule: 'indicator-id' }],
    ],
    [
      'chart.series naming an undeclared series',
      withChanges({ chart: { type: 'trend', series: ['disease-deaths', 'homicides'] } }),
      [{ column: 'chart.series[1]', value: 'homicides', rule: 'series-declared' }],
    ],
    [
      'an unknown chart type',
      withChanges({ chart: { type: 'pie', series: ['suicides'] } }),
      [{ column: 'chart.type', value: 'pie', rule: 'enum' }],
    ],
    [
      'no chart',
      withChanges({ chart: undefined }),
      [{ column: 'chart', value: undefined, rule: 'type' }],
    ],
    [
      'chart.series not a list',
      withChanges({ chart: { type: 'trend', series: 'suicides' } }),
      [{ column: 'chart.series', value: 'suicides', rule: 'type' }],
    ],
    [
      'a headline series that is not declared',
      withChanges({ headlineSeries: 'homicides' }),
      [{ column: 'headlineSeries', value: 'homicides', rule: 'series-declared' }],
    ],
    [
      'no series',
      withChanges({ series: [] }),
      [
        { column: 'series', value: '[]', rule: 'min-items' },
        { column: 'headlineSeries', value: 'suicides', rule: 'series-declared' },
        { column: 'chart.series[0]', value: 'disease-deaths', rule: 'series-declared' },
        { column: 'chart.series[1]', value: 'suicides', rule: 'series-declared' },
      ],
    ],
    [
      'a series with an unknown unit',
      withChanges({
        series: [
          { id: 'disease-deaths', label: 'Deaths from disease', unit: 'people' },
          { id: 'suicides', label: 'Suicides', unit: 'cases' },
        ],
      }),
      [
        { column: 'series[0].unit', value: 'people', rule: 'enum' },
        // The series is left out, so the chart's reference to it is reported too.
        { column: 'chart.series[0]', value: 'disease-deaths', rule: 'series-declared' },
      ],
    ],
    [
      'a series declared twice',
      withChanges({
        series: [
          { id: 'suicides', label: 'Suicides', unit: 'cases' },
          { id: 'suicides', label: 'Suicides again', unit: 'cases' },
          { id: 'disease-deaths', label: 'Deaths from disease', unit: 'deaths' },
        ],
      }),
      [{ column: 'series[1].id', value: 'suicides', rule: 'unique' }],
    ],
    [
      'a series that is not an object',
      withChanges({
        series: ['suicides', { id: 'disease-deaths', label: 'Deaths', unit: 'deaths' }],
      }),
      [
        { column: 'series[0]', value: 'suicides', rule: 'type' },
        { column: 'headlineSeries', value: 'suicides', rule: 'series-declared' },
        { column: 'chart.series[1]', value: 'suicides', rule: 'series-declared' },
      ],
    ],
    [
      'recommendations not a list',
      withChanges({ recommendations: '24' }),
      [{ column: 'recommendations', value: '24', rule: 'type' }],
    ],
    [
      'a recommendation given as a number',
      withChanges({ recommendations: [24] }),
      [{ column: 'recommendations[0]', value: '24', rule: 'type' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(where(issuesOf(text))).toEqual(expected.map((issue) => ({ file: FILE, ...issue })));
  });

  it('says what it expected and what it found', () => {
    const [missing] = issuesOf(withChanges({ title: undefined }));
    expect(missing?.message).toBe('expected non-empty text, found nothing');
    const [blank] = issuesOf(withChanges({ title: '' }));
    expect(blank?.message).toBe('expected non-empty text, found empty text');
    const [wrongId] = issuesOf(withChanges({ id: 'prison-deaths' }));
    expect(wrongId?.message).toBe('expected "prison-mortality", the name of the file');
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(withChanges({ title: undefined, topic: 7, headlineSeries: 'x' }));
    expect(issues.map((i) => i.column).sort()).toEqual(['headlineSeries', 'title', 'topic']);
  });

  // Regressions found by fuzzing (tests/fuzz).
  it.each(['Suicides', 'a,b', ' suicides', '\u0000', 'suicides\u200d'])(
    'reports the series id %j, which no row of the CSV can name',
    (id) => {
      const series = [VALID.series[0], { ...VALID.series[1], id }];
      const issues = issuesOf(
        withChanges({ series, headlineSeries: id, chart: { type: 'trend', series: [id] } }),
      );
      expect(where(issues)).toEqual([
        { file: FILE, column: 'series[1].id', value: id, rule: 'pattern' },
      ]);
    },
  );

  it('reports a series the chart draws twice', () => {
    const chart = { type: 'trend', series: ['suicides', 'disease-deaths', 'suicides'] };
    expect(where(issuesOf(withChanges({ chart })))).toEqual([
      { file: FILE, column: 'chart.series[2]', value: 'suicides', rule: 'unique' },
    ]);
  });
});

describe('validateIndicatorMeta: translations', () => {
  const RU = {
    title: 'Смертность и суициды в местах лишения свободы',
    subtitle: 'Смерти от заболеваний, суициды и предотвращённые попытки суицида.',
    description: 'В докладе приводятся смерти от заболеваний за 2021–2023 годы.',
    series: { 'disease-deaths': 'Смерти от заболеваний', suicides: 'Суициды' },
    notes: { 'Part of the suicide attempts prevented that year.': 'Часть попыток суицида.' },
  };
  const KK = { title: 'Бас бостандығынан айыру орындарындағы өлім және суицид' };

  it('accepts translations into ru and kk and returns them with the metadata', () => {
    const translations = { ru: RU, kk: KK };
    expect(validateIndicatorMeta(withChanges({ translations }), FILE, ID)).toEqual({
      ok: true,
      value: { ...VALID, translations },
    });
  });

  it('accepts a partial translation: what is missing is shown in English', () => {
    const translations = { kk: { series: { suicides: 'Суицидтер' } } };
    expect(validateIndicatorMeta(withChanges({ translations }), FILE, ID)).toEqual({
      ok: true,
      value: { ...VALID, translations },
    });
  });

  it('leaves translations out when the file has none', () => {
    const result = validateIndicatorMeta(JSON.stringify(VALID), FILE, ID);
    expect(result.ok && 'translations' in result.value).toBe(false);
  });

  it.each<[string, unknown, { column: string; value: string | undefined; rule: string }[]]>([
    ['translations as text', 'ru', [{ column: 'translations', value: 'ru', rule: 'type' }]],
    [
      'an English translation',
      { en: { title: 'Deaths' }, ru: RU },
      [{ column: 'translations.en', value: 'en', rule: 'translation-language' }],
    ],
    [
      'a language the dashboard does not speak',
      { 'kk-Latn': { title: 'Olim' } },
      [{ column: 'translations["kk-Latn"]', value: 'kk-Latn', rule: 'translation-language' }],
    ],
    [
      'a language that is not an object',
      { ru: 'Смертность' },
      [{ column: 'translations.ru', value: 'Смертность', rule: 'type' }],
    ],
    [
      'a blank title',
      { ru: { ...RU, title: ' ' } },
      [{ column: 'translations.ru.title', value: ' ', rule: 'type' }],
    ],
    [
      'a description that is not text',
      { kk: { description: ['Баяндамада'] } },
      [{ column: 'translations.kk.description', value: '["Баяндамада"]', rule: 'type' }],
    ],
    [
      'a field a translation does not have',
      { ru: { ...RU, unit: 'человек' } },
      [{ column: 'translations.ru.unit', value: 'unit', rule: 'unknown-field' }],
    ],
    [
      'a label for a series that is not declared',
      { ru: { series: { homicides: 'Убийства', 'disease-death': 'Смерти' } } },
      [
        { column: 'translations.ru.series.homicides', value: 'homicides', rule: 'series-declared' },
        {
          column: 'translations.ru.series["disease-death"]',
          value: 'disease-death',
          rule: 'series-declared',
        },
      ],
    ],
    [
      'an empty series label',
      { kk: { series: { 'disease-deaths': '' } } },
      [{ column: 'translations.kk.series["disease-deaths"]', value: '', rule: 'type' }],
    ],
    [
      'series labels given as a list',
      { ru: { series: ['Суициды'] } },
      [{ column: 'translations.ru.series', value: '["Суициды"]', rule: 'type' }],
    ],
    [
      'a note keyed by empty text',
      { ru: { notes: { '': 'Примечание' } } },
      [{ column: 'translations.ru.notes[""]', value: '', rule: 'type' }],
    ],
    [
      'a note whose translation is not text',
      { ru: { notes: { 'Share of all inmates.': null } } },
      [{ column: 'translations.ru.notes["Share of all inmates."]', value: 'null', rule: 'type' }],
    ],
  ])('rejects %s', (_name, translations, expected) => {
    expect(where(issuesOf(withChanges({ translations })))).toEqual(
      expected.map((issue) => ({ file: FILE, ...issue })),
    );
  });

  it('explains what it expected', () => {
    const message = (translations: unknown): string | undefined =>
      issuesOf(withChanges({ translations }))[0]?.message;
    expect(message({ en: { title: 'Deaths' } })).toBe(
      'English is the text itself, not a translation; expected only ru, kk',
    );
    expect(message({ de: { title: 'Todesfälle' } })).toBe(
      '"de" is not a language of the dashboard to translate into; expected only ru, kk',
    );
    expect(message({ ru: { label: 'Смертность' } })).toBe(
      'unexpected field "label" in a translation; expected only title, subtitle, description, series, notes',
    );
    expect(message({ ru: { series: { homicides: 'Убийства' } } })).toBe(
      '"homicides" is not one of the declared series; expected one of disease-deaths, suicides',
    );
    expect(message({ ru: { notes: { ' ': 'Примечание' } } })).toBe(
      "expected a note's English text (as in the CSV's note column) as the key, found empty text",
    );
  });

  it('never takes an inherited property for a declared series', () => {
    const text = withChanges({}).replace(
      /}$/,
      ',"translations":{"ru":{"series":{"__proto__":"x","constructor":"y"}}}}',
    );
    expect(where(issuesOf(text))).toEqual([
      {
        file: FILE,
        column: 'translations.ru.series["__proto__"]',
        value: '__proto__',
        rule: 'series-declared',
      },
      {
        file: FILE,
        column: 'translations.ru.series.constructor',
        value: 'constructor',
        rule: 'series-declared',
      },
    ]);
  });

  it('reports a translation problem together with the others', () => {
    const issues = issuesOf(withChanges({ title: '', translations: { fr: {}, ru: { title: 1 } } }));
    expect(issues.map((i) => i.column)).toEqual([
      'title',
      'translations.fr',
      'translations.ru.title',
    ]);
  });
});
