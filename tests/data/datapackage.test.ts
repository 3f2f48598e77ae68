// @vitest-environment node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues';
import { validateDataPackage } from '../../src/data/validate-data-package';
import { DATA_DIR, indicatorIdsOnDisk, listDataFiles, readData } from './committed-files';

interface Resource {
  name?: string;
  path: string;
  schema?: string;
}

const text = readData('datapackage.json');
const descriptor = JSON.parse(text) as { resources: Resource[]; sources?: { path: string }[] };
const resourcePaths = descriptor.resources.map((r) => r.path);

describe('data/datapackage.json', () => {
  it('is a valid catalogue for the app', () => {
    const result = validateDataPackage(text, 'data/datapackage.json');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('lists the indicators that are on disk, no more and no fewer', () => {
    const result = validateDataPackage(text, 'data/datapackage.json');
    const listed = result.ok ? result.value.indicators.map((i) => i.id).sort() : [];
    expect(listed).toEqual(indicatorIdsOnDisk());
  });

  it('lists every indicator CSV and JSON on disk as a resource', () => {
    const onDisk = listDataFiles('indicators');
    expect(onDisk.filter((file) => !resourcePaths.includes(file))).toEqual([]);
  });

  it('points only at files that exist', () => {
    const referenced = [
      ...resourcePaths,
      ...descriptor.resources.flatMap((r) => (r.schema === undefined ? [] : [r.schema])),
      ...(descriptor.sources ?? []).map((s) => s.path),
    ];
    expect(referenced.filter((p) => !existsSync(path.join(DATA_DIR, p)))).toEqual([]);
  });

  it('lists each path once, with unique resource names', () => {
    expect(new Set(resourcePaths).size).toBe(resourcePaths.length);
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('describes each indicator table with the observation schema', () => {
    const tables = descriptor.resources.filter((r) => /^indicators\/.+\.csv$/.test(r.path));
    expect(tables.map((r) => r.schema)).toEqual(
      tables.map(() => 'schemas/observations.tableschema.json'),
    );
  });
});
