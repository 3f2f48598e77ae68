import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/data/issues';
import { validateDataPackage } from '../../../src/data/validate-data-package';

const FILE = 'data/datapackage.json';

const where = (issues: readonly ValidationIssue[]) =>
  issues.map(({ file, column, value, rule }) => ({ file, column, value, rule }));

const pkg = (resources: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    title: 'Kazakhstan torture-prevention indicators',
    version: '0.1.0',
    resources,
    ...extra,
  });

describe(validateDataPackage, () => {
  it('lists each indicators/<id>.csv resource as an indicator, in order', () => {
    const text = pkg([
      { path: 'source/kz-cat-followup-2024.txt', title: 'Report text, verbatim' },
      { path: 'topics.json', title: 'Topics' },
      { path: 'indicators/prison-mortality.csv', title: 'Deaths and suicides in prisons' },
      {
        path: 'indicators/prison-mortality.json',
        title: 'Deaths and suicides in prisons (metadata)',
      },
      { path: 'indicators/cell-confinement.csv' },
      { path: 'indicators/cell-confinement.json' },
    ]);
    expect(validateDataPackage(text, FILE)).toMatchObject({
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
    const text = pkg([
      { path: 'events.csv' },
      { path: 'indicators/Upper.csv' },
      { path: 'data/indicators/x.csv' },
    ]);
    expect(validateDataPackage(text, FILE)).toMatchObject({ ok: true, value: { indicators: [] } });
  });

  it('requires the metadata resource beside each indicator', () => {
    const result = validateDataPackage(pkg([{ path: 'indicators/prison-mortality.csv' }]), FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([
      {
        file: FILE,
        column: 'resources[0]',
        value: 'indicators/prison-mortality.csv',
        rule: 'metadata-resource',
      },
    ]);
    expect(result.issues[0]?.message).toBe(
      'no resource describes indicators/prison-mortality.json, the metadata of "prison-mortality"',
    );
  });

  it.each<[string, string, { column: string; value: string | undefined; rule: string }]>([
    [
      'a missing title',
      JSON.stringify({ version: '0.1.0', resources: [] }),
      { column: 'title', value: undefined, rule: 'type' },
    ],
    [
      'a missing version',
      JSON.stringify({ title: 'T', resources: [] }),
      { column: 'version', value: undefined, rule: 'type' },
    ],
    ['resources not a list', pkg({}), { column: 'resources', value: '{}', rule: 'type' }],
    [
      'a resource that is not an object',
      pkg(['topics.json']),
      { column: 'resources[0]', value: 'topics.json', rule: 'type' },
    ],
    [
      'a resource without a path',
      pkg([{ title: 'Topics' }]),
      { column: 'resources[0].path', value: undefined, rule: 'type' },
    ],
    ['a list at the root', '[]', { column: '(root)', value: '[]', rule: 'type' }],
  ])('%s', (_name, text, expected) => {
    const result = validateDataPackage(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([{ file: FILE, ...expected }]);
  });

  it('reports invalid JSON first', () => {
    const result = validateDataPackage('{"title": ', FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([
      { file: FILE, column: '(file)', value: undefined, rule: 'json-syntax' },
    ]);
  });

  it('reads what the data catalogue shows: package facts and each resource’s size and hash', () => {
    const text = pkg(
      [
        {
          name: 'topics',
          path: 'topics.json',
          title: 'Topics',
          format: 'json',
          bytes: 312,
          hash: 'sha256:ab12',
        },
        { path: 'indicators/a.csv', schema: 'schemas/observations.tableschema.json' },
        { path: 'indicators/a.json' },
      ],
      {
        name: 'kz',
        created: '2026-11-28T00:00:00Z',
        licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
        contributors: [{ title: 'Maintainers', roles: ['creator', 'curator'] }, { role: 'x' }],
      },
    );
    const result = validateDataPackage(text, FILE);
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: 'kz',
        created: '2026-11-28T00:00:00Z',
        licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
        contributors: [{ title: 'Maintainers', role: 'creator, curator' }],
        resources: [
          { name: 'topics', path: 'topics.json', format: 'json', bytes: 312, hash: 'sha256:ab12' },
          // Without a name the path stands in.
          { name: 'indicators/a.csv', schema: 'schemas/observations.tableschema.json' },
          { name: 'indicators/a.json' },
        ],
      },
    });
  });

  it('reports a size that is not a number', () => {
    const result = validateDataPackage(pkg([{ path: 'topics.json', bytes: '312' }]), FILE);
    expect(result.ok ? [] : where(result.issues)).toEqual([
      { file: FILE, column: 'resources[0].bytes', value: '312', rule: 'type' },
    ]);
  });

  // Regression found by fuzzing (tests/fuzz): the indicator used to be listed twice.
  it('reports a resource listed twice', () => {
    const csv = { path: 'indicators/prison-mortality.csv' };
    const result = validateDataPackage(
      pkg([csv, { path: 'indicators/prison-mortality.json' }, csv]),
      FILE,
    );
    expect(result.ok ? [] : where(result.issues)).toEqual([
      {
        file: FILE,
        column: 'resources[2].path',
        value: 'indicators/prison-mortality.csv',
        rule: 'unique',
      },
    ]);
  });
});
