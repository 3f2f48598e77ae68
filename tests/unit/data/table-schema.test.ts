import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldNames, observationSchema, readTableSchema } from '../../../src/data/table-schema';

describe(readTableSchema, () => {
  it('reads fields, primary key and missing values', () => {
    const schema = readTableSchema({
      fields: [
        {
          name: 'year',
          type: 'integer',
          constraints: { required: true, minimum: 1991, maximum: 2100 },
        },
        { name: 'value', type: 'number', constraints: { minimum: 0 } },
        {
          name: 'id',
          type: 'string',
          constraints: { pattern: '^[a-z]+$', enum: ['a'], minLength: 1 },
        },
      ],
      primaryKey: ['id', 'year'],
      missingValues: ['', 'n/a'],
    });
    expect(schema).toEqual({
      fields: [
        {
          name: 'year',
          type: 'integer',
          constraints: { required: true, minimum: 1991, maximum: 2100 },
        },
        { name: 'value', type: 'number', constraints: { minimum: 0 } },
        {
          name: 'id',
          type: 'string',
          constraints: { pattern: '^[a-z]+$', enum: ['a'], minLength: 1 },
        },
      ],
      primaryKey: ['id', 'year'],
      missingValues: ['', 'n/a'],
    });
  });

  it('defaults to no primary key and the blank as the only missing value', () => {
    const schema = readTableSchema({ fields: [{ name: 'note', type: 'string' }] });
    expect(schema.primaryKey).toEqual([]);
    expect(schema.missingValues).toEqual(['']);
  });

  it('rejects a schema without fields', () => {
    expect(() => readTableSchema({})).toThrow('Table Schema has no "fields" array');
    expect(() => readTableSchema({ fields: {} })).toThrow('Table Schema has no "fields" array');
  });

  it.each(['date', 'boolean', 'year', 'any'])('rejects the unsupported type "%s"', (type) => {
    expect(() => readTableSchema({ fields: [{ name: 'when', type }] })).toThrow(
      `Table Schema field "when" has unsupported type "${type}"`,
    );
  });

  it.each(['unique', 'maxLength', 'exclusiveMinimum'])(
    'rejects the unsupported constraint "%s"',
    (key) => {
      expect(() =>
        readTableSchema({ fields: [{ name: 'id', type: 'string', constraints: { [key]: true } }] }),
      ).toThrow(
        `Table Schema field "id" has constraint "${key}", which the validator does not support for type string`,
      );
    },
  );

  it.each<[string, string]>([
    ['integer', 'enum'],
    ['number', 'pattern'],
    ['string', 'minimum'],
  ])('rejects a %s field with a "%s" constraint, which validateField would ignore', (type, key) => {
    expect(() =>
      readTableSchema({ fields: [{ name: 'x', type, constraints: { [key]: 1 } }] }),
    ).toThrow(`which the validator does not support for type ${type}`);
  });

  it('rejects a schema that is not an object', () => {
    expect(() => readTableSchema(null)).toThrow('Table Schema is not an object');
  });
});

describe('observationSchema', () => {
  it('is the committed data/schemas/observations.tableschema.json', () => {
    const file = path.resolve(
      import.meta.dirname,
      '../../../data/schemas/observations.tableschema.json',
    );
    const committed = JSON.parse(readFileSync(file, 'utf8')) as {
      fields: { name: string }[];
      primaryKey: string[];
      missingValues: string[];
    };
    expect(fieldNames(observationSchema)).toEqual(committed.fields.map((f) => f.name));
    expect(observationSchema.primaryKey).toEqual(committed.primaryKey);
    expect(observationSchema.missingValues).toEqual(committed.missingValues);
  });

  it('has the columns PRODUCT.md names, in order', () => {
    expect(fieldNames(observationSchema)).toEqual([
      'source',
      'indicator',
      'series',
      'period_start',
      'period_end',
      'value',
      'unit',
      'qualifier',
      'kind',
      'paragraph',
      'quote',
      'note',
    ]);
  });
});

describe(fieldNames, () => {
  it('lists the field names in order', () => {
    expect(
      fieldNames({
        fields: [
          { name: 'b', type: 'string' },
          { name: 'a', type: 'number' },
        ],
        primaryKey: [],
        missingValues: [''],
      }),
    ).toEqual(['b', 'a']);
  });
});
