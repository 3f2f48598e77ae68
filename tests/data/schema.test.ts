// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KINDS, QUALIFIERS, UNITS } from '../../src/domain/model';
import { readData } from './committed-files';

interface SchemaField {
  name: string;
  constraints?: { enum?: string[] };
}

const schema = JSON.parse(readData('schemas/observations.tableschema.json')) as {
  fields: SchemaField[];
};
const enumOf = (name: string): string[] | undefined =>
  schema.fields.find((field) => field.name === name)?.constraints?.enum;

// The Table Schema is the one declaration of the columns; the domain's closed sets must not drift from it.
describe('data/schemas/observations.tableschema.json', () => {
  it.each<[string, readonly string[]]>([
    ['qualifier', QUALIFIERS],
    ['kind', KINDS],
    ['unit', UNITS],
  ])('the %s enum equals the domain constant', (column, constant) => {
    expect(enumOf(column)).toEqual([...constant]);
  });
});
