// @vitest-environment node
/**
 * data/datapackage.json as a Frictionless Data Package (v2, readable by v1 tools): it validates
 * against the official profiles copied into tests/support/frictionless/, every file under data/
 * is one of its resources, and each resource's bytes and sha256 hash are those of the file.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { refreshDataPackage } from '../../scripts/data-package-file';
import { DATA_DIR, listDataFiles, readData } from './committed-files';

const PROFILES_DIR = path.resolve(import.meta.dirname, '../support/frictionless');

interface Resource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  format?: string;
  mediatype?: string;
  encoding?: string;
  bytes?: number;
  hash?: string;
  type?: string;
  schema?: string;
}

interface Descriptor {
  $schema?: string;
  resources: Resource[];
  [key: string]: unknown;
}

const descriptorText = readData('datapackage.json');
const descriptor = JSON.parse(descriptorText) as Descriptor;
const schemaPaths = listDataFiles('schemas');

function profile(file: string): object {
  return JSON.parse(readFileSync(path.join(PROFILES_DIR, file), 'utf8')) as object;
}

/**
 * The profiles are JSON Schema draft-07 (their "$schema"), Ajv's default draft, so the plain
 * Ajv class (not Ajv2019/Ajv2020). They cannot compile in Ajv's strict mode: besides their
 * annotation keywords (propertyOrder, options, context) and "type" unions, the published
 * profiles contain an "item" keyword (meant as "items", under "fieldsMatch"), which strict
 * mode rejects as unknown. So strict is off and, as in any draft-07 validator, unknown
 * keywords are ignored. "textarea" is an editor hint the profiles
 * write as a format; it accepts any string. ajv-formats provides uri, email and date-time.
 */
function validator(file: string) {
  const schema = profile(file) as { $schema?: string };
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('textarea', true);
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (instance: unknown): string[] =>
    validate(instance)
      ? []
      : (validate.errors ?? []).map(
          (e: ErrorObject) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`,
        );
}

const validatePackage = validator('datapackage.json');
const validateTableSchema = validator('tableschema.json');

describe('data/datapackage.json against the Frictionless profiles', () => {
  it('declares the Data Package v2 profile', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  it('validates against the official Data Package v2 profile', () => {
    expect(validatePackage(descriptor)).toEqual([]);
  });

  it('is checked by the profile (a broken copy is rejected)', () => {
    const broken = structuredClone(descriptor);
    const [first] = broken.resources;
    if (!first) throw new Error('no resources');
    first.hash = 'sha256:not-hex';
    delete (first as Partial<Resource>).path;
    expect(validatePackage(broken).length).toBeGreaterThan(0);
  });

  it.each(schemaPaths)('%s validates against the Table Schema profile', (file) => {
    expect(validateTableSchema(JSON.parse(readData(file)))).toEqual([]);
  });

  it.each(schemaPaths)('%s has a primary key made of its fields', (file) => {
    const schema = JSON.parse(readData(file)) as {
      fields: { name: string }[];
      primaryKey?: string[];
    };
    const names = schema.fields.map((field) => field.name);
    expect(schema.primaryKey?.length ?? 0).toBeGreaterThan(0);
    expect((schema.primaryKey ?? []).filter((key) => !names.includes(key))).toEqual([]);
  });
});

describe('data/datapackage.json describes data/', () => {
  it('has the package properties a reader needs', () => {
    for (const key of [
      'name',
      'title',
      'description',
      'version',
      'created',
      'licenses',
      'contributors',
      'sources',
    ]) {
      expect(descriptor[key], key).toBeDefined();
    }
    const sources = descriptor.sources as { title: string; path: string }[];
    expect(sources.map((s) => s.path)).toContain('source/kz-cat-followup-2024.txt');
    expect(sources[0]?.title).toContain('13 May 2024');
  });

  it('describes every resource fully', () => {
    const incomplete = descriptor.resources.flatMap((r) =>
      (['name', 'title', 'description', 'path', 'format', 'mediatype', 'encoding'] as const)
        .filter((key) => typeof r[key] !== 'string' || r[key].trim() === '')
        .map((key) => `${r.path}: no ${key}`),
    );
    expect(incomplete).toEqual([]);
  });

  it('gives every CSV a Table Schema under schemas/', () => {
    const csvs = descriptor.resources.filter((r) => r.path.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    for (const r of csvs) {
      expect(r.type, r.path).toBe('table');
      expect(r.schema, r.path).toMatch(/^schemas\/.+\.tableschema\.json$/);
      const header = readData(r.path).split(/\r?\n/, 1)[0]?.split(',');
      const fields = (JSON.parse(readData(r.schema ?? '')) as { fields: { name: string }[] })
        .fields;
      expect(header, `${r.path} header`).toEqual(fields.map((f) => f.name));
    }
  });

  it('has a resource for every file under data/ (schemas are referenced instead)', () => {
    const described = new Set(descriptor.resources.map((r) => r.path));
    const referenced = new Set(descriptor.resources.flatMap((r) => r.schema ?? []));
    const missing = listDataFiles().filter(
      (file) => file !== 'datapackage.json' && !described.has(file) && !referenced.has(file),
    );
    expect(
      missing,
      `files without a resource: add each to data/datapackage.json, then run npm run data:package`,
    ).toEqual([]);
    expect(schemaPaths.filter((file) => !referenced.has(file))).toEqual([]);
  });

  it.each(descriptor.resources.map((r) => [r.path, r] as const))(
    '%s has the bytes and sha256 hash of the committed file',
    (file, resource) => {
      const content = readFileSync(path.join(DATA_DIR, file));
      const hash = `sha256:${createHash('sha256').update(content).digest('hex')}`;
      const stale = `data/${file} has changed since its bytes and hash were recorded in data/datapackage.json: run npm run data:package`;
      expect(resource.bytes, stale).toBe(content.length);
      expect(resource.hash, stale).toBe(hash);
    },
  );

  it('is exactly what npm run data:package writes', () => {
    const refreshed = refreshDataPackage(DATA_DIR);
    expect(refreshed.problems).toEqual([]);
    expect(refreshed.text === descriptorText, 'run npm run data:package').toBe(true);
  });
});

describe('npm run data:package', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'datapackage-'));
  cpSync(DATA_DIR, copy, { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('updates bytes and hash of a changed file and keeps everything else', () => {
    writeFileSync(path.join(copy, 'topics.json'), '[]\n');
    const refreshed = refreshDataPackage(copy);
    const after = JSON.parse(refreshed.text) as Descriptor;
    const before = descriptor.resources.find((r) => r.path === 'topics.json');
    const topics = after.resources.find((r) => r.path === 'topics.json');
    expect(topics).toEqual({
      ...before,
      bytes: 3,
      hash: `sha256:${createHash('sha256').update('[]\n').digest('hex')}`,
    });
    expect(Object.keys(topics ?? {})).toEqual(Object.keys(before ?? {}));
    expect({ ...after, resources: [] }).toEqual({ ...descriptor, resources: [] });
  });

  it('adds no resource for a new file but tells the curator to add one', () => {
    writeFileSync(path.join(copy, 'indicators/new-indicator.csv'), 'source\n');
    const refreshed = refreshDataPackage(copy);
    expect(JSON.parse(refreshed.text)).toMatchObject({
      resources: expect.not.arrayContaining([
        expect.objectContaining({ path: 'indicators/new-indicator.csv' }),
      ]) as unknown,
    });
    expect(refreshed.problems).toEqual([
      expect.stringMatching(
        /^data\/indicators\/new-indicator\.csv is not described by any resource: add a resource/,
      ),
    ]);
  });
});
