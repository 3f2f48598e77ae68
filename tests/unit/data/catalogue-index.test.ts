import { describe, expect, it } from 'vitest';
import {
  buildCatalogueIndex,
  serialiseCatalogueIndex,
  validateCatalogueIndex,
  type CatalogueIndex,
} from '../../../src/data/catalogue-index';
import type { IndicatorMeta } from '../../../src/domain/model';

const FILE = 'data/catalogue.json';

const meta = (id: string, topic: string): IndicatorMeta => ({
  id,
  title: `Title of ${id}`,
  subtitle: 'Subtitle',
  topic,
  description: 'Description',
  headlineSeries: 's',
  chart: { type: 'trend', series: ['s'] },
  series: [{ id: 's', label: 'S', unit: 'cases' }],
  recommendations: [],
});

const index: CatalogueIndex = {
  title: 'Package',
  version: '1.2.0',
  indicators: [
    { id: 'a', title: 'Title of a', topic: 'x', recommendations: [] },
    { id: 'b-2', title: 'Title “of” b-2', topic: 'y', recommendations: ['11-15', '24'] },
  ],
};

describe(buildCatalogueIndex, () => {
  it('keeps the package order, and each indicator’s id, title and topic', () => {
    expect(
      buildCatalogueIndex({ title: 'Package', version: '1.2.0' }, [
        meta('a', 'x'),
        { ...meta('b-2', 'y'), title: 'Title “of” b-2', recommendations: ['11-15', '24'] },
      ]),
    ).toEqual(index);
  });
});

describe(serialiseCatalogueIndex, () => {
  it('writes what the validator reads back unchanged', () => {
    const text = serialiseCatalogueIndex(index);
    expect(validateCatalogueIndex(text, FILE)).toEqual({ ok: true, value: index });
  });

  it('writes one entry a line', () => {
    const lines = serialiseCatalogueIndex(index).split('\n');
    expect(lines.filter((line) => line.trim().startsWith('{"id"'))).toHaveLength(2);
  });

  it('writes an empty catalogue that validates', () => {
    const empty = { ...index, indicators: [] };
    expect(validateCatalogueIndex(serialiseCatalogueIndex(empty), FILE)).toEqual({
      ok: true,
      value: empty,
    });
  });
});

describe(validateCatalogueIndex, () => {
  const withEntries = (indicators: unknown): string =>
    JSON.stringify({ title: 'T', version: '1', indicators });

  it.each<[string, string, { column: string; rule: string }[]]>([
    ['invalid JSON', '{"title":', [{ column: '(file)', rule: 'json-syntax' }]],
    [
      'no list of indicators',
      '{"title":"T","version":"1"}',
      [{ column: 'indicators', rule: 'type' }],
    ],
    [
      'an entry without a topic',
      withEntries([{ id: 'a', title: 'A', recommendations: [] }]),
      [{ column: 'indicators[0].topic', rule: 'type' }],
    ],
    [
      'an id that is not a file name',
      withEntries([{ id: '../x', title: 'A', topic: 't', recommendations: [] }]),
      [{ column: 'indicators[0].id', rule: 'indicator-id' }],
    ],
    [
      'the same id twice',
      withEntries([
        { id: 'a', title: 'A', topic: 't', recommendations: [] },
        { id: 'a', title: 'A again', topic: 't', recommendations: [] },
      ]),
      [{ column: 'indicators[1].id', rule: 'unique' }],
    ],
  ])('rejects %s, naming the place', (_name, text, expected) => {
    const result = validateCatalogueIndex(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ file, column, rule }) => ({ file, column, rule }))).toEqual(
      expected.map((issue) => ({ file: FILE, ...issue })),
    );
  });
});

describe('titles in other languages', () => {
  const translated = {
    ...meta('a', 'x'),
    translations: {
      ru: { title: 'Заголовок', subtitle: 'Подзаголовок' },
      kk: { description: 'Сипаттама' },
    },
  };

  it('carries only the metadata’s translated titles, and reads them back', () => {
    const built = buildCatalogueIndex({ title: 'P', version: '1' }, [translated]);
    expect(built.indicators[0]?.translations).toEqual({ ru: { title: 'Заголовок' } });
    const text = serialiseCatalogueIndex(built);
    expect(validateCatalogueIndex(text, FILE)).toEqual({ ok: true, value: built });
  });

  it('refuses a language it does not translate into, with its path', () => {
    const text = serialiseCatalogueIndex({
      ...index,
      indicators: [{ ...index.indicators[0]!, translations: { de: { title: 'Titel' } } as never }],
    });
    const result = validateCatalogueIndex(text, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.column)).toContain('indicators[0].translations.de');
  });
});
