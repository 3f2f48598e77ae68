import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/data/issues';
import { validateCatalogue, validateTopics } from '../../../src/data/validate-catalogue';

const FILE = 'data/datapackage.json';
const TOPICS_FILE = 'data/topics.json';

const where = (issues: readonly ValidationIssue[]) =>
  issues.map(({ file, column, value, rule }) => ({ file, column, value, rule }));

const pkg = (resources: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ title: 'Kazakhstan torture-prevention indicators', version: '0.1.0', resources, ...extra });

describe(validateCatalogue, () => {
  it('lists each indicators/<id>.csv resource as an indicator, in order', () => {
    const text = pkg([
      { path: 'source/kz-cat-followup-2024.txt', title: 'Report text, verbatim' },
      { path: 'topics.json', title: 'Topics' },
      { path: 'indicators/prison-mortality.csv', title: 'Deaths and suicides in prisons' },
      { path: 'indicators/prison-mortality.json', title: 'Deaths and suicides in prisons (metadata)' },
      { path: 'indicators/cell-confinement.csv' },
      { path: 'indicators/cell-confinement.json' },
    ]);
    expect(validateCatalogue(text, FILE)).toEqual({
      ok: true,
      value: {
        title: 'Kazakhstan torture-prevention indicators',
        version: '0.1.0',
        indicators: [
          {
            id: 'prison-mortality',
            title: 'Deaths and suicides in prisons',
            observationsPath: 'indicators/prison-mortality.csv',
            metadataPath: 'indicators/prison-mortality.json',
          },
          {
            // No title: the id stands in.
            id: 'cell-confinement',
            title: 'cell-confinement',
            observationsPath: 'indicators/cell-confinement.csv',
            metadataPath: 'indicators/cell-confinement.json',
          },
        ],
      },
    });
  });

  it('does not take other CSV paths for indicators', () => {
    const text = pkg([{ path: 'events.csv' }, { path: 'indicators/Upper.csv' }, { path: 'data/indicators/x.csv' }]);
    expect(validateCatalogue(text, FILE)).toMatchObject({ ok: true, value: { indicators: [] } });
  });

  it('requires the metadata resource beside each indicator', () => {
    const result = validateCatalogue(pkg([{ path: 'indicators/prison-mortality.csv' }]), FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([
      { file: FILE, column: 'resources[0]', value: 'indicators/prison-mortality.csv', rule: 'metadata-resource' },
    ]);
    expect(result.issues[0]?.message).toBe(
      'no resource describes indicators/prison-mortality.json, the metadata of "prison-mortality"',
    );
  });

  it.each<[string, string, { column: string; value: string | undefined; rule: string }]>([
    ['a missing title', JSON.stringify({ version: '0.1.0', resources: [] }), { column: 'title', value: undefined, rule: 'type' }],
    ['a missing version', JSON.stringify({ title: 'T', resources: [] }), { column: 'version', value: undefined, rule: 'type' }],
    ['resources not a list', pkg({}), { column: 'resources', value: '{}', rule: 'type' }],
    ['a resource that is not an object', pkg(['topics.json']), { column: 'resources[0]', value: 'topics.json', rule: 'type' }],
    ['a resource without a path', pkg([{ title: 'Topics' }]), { column: 'resources[0].path', value: undefined, rule: 'type' }],
    ['a list at the root', '[]', { column: '(root)', value: '[]', rule: 'type' }],
  ])('%s', (_name, text, expected) => {
    const result = validateCatalogue(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([{ file: FILE, ...expected }]);
  });

  it('reports invalid JSON first', () => {
    const result = validateCatalogue('{"title": ', FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([{ file: FILE, column: '(file)', value: undefined, rule: 'json-syntax' }]);
  });
});

describe(validateTopics, () => {
  it('returns the topics in order, keeping only id and title', () => {
    const text = JSON.stringify([
      { id: 'custody-safeguards', title: 'Custody and procedural safeguards', colour: 'blue' },
      { id: 'accountability', title: 'Accountability of officials' },
    ]);
    expect(validateTopics(text, TOPICS_FILE)).toEqual({
      ok: true,
      value: [
        { id: 'custody-safeguards', title: 'Custody and procedural safeguards' },
        { id: 'accountability', title: 'Accountability of officials' },
      ],
    });
  });

  it('accepts an empty list', () => {
    expect(validateTopics('[]', TOPICS_FILE)).toEqual({ ok: true, value: [] });
  });

  it.each<[string, string, { column: string; value: string | undefined; rule: string }[]]>([
    ['an object instead of a list', '{"id": "a"}', [{ column: '(root)', value: '{"id":"a"}', rule: 'type' }]],
    ['an entry that is not an object', '["accountability"]', [{ column: '[0]', value: 'accountability', rule: 'type' }]],
    [
      'an entry without a title',
      '[{"id": "a", "title": "A"}, {"id": "b"}]',
      [{ column: '[1].title', value: undefined, rule: 'type' }],
    ],
    ['an entry with a blank id', '[{"id": "", "title": "A"}]', [{ column: '[0].id', value: '', rule: 'type' }]],
  ])('%s', (_name, text, expected) => {
    const result = validateTopics(text, TOPICS_FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual(expected.map((issue) => ({ file: TOPICS_FILE, ...issue })));
  });

  it('reports invalid JSON first', () => {
    const result = validateTopics('[{', TOPICS_FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ file: TOPICS_FILE, column: '(file)', rule: 'json-syntax' })]);
  });
});
