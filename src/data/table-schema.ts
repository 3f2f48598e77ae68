import observationSchemaJson from '../../data/schemas/observations.tableschema.json';

/** The subset of Frictionless Table Schema field descriptors the validator understands. */
export interface FieldSpec {
  name: string;
  type: 'string' | 'integer' | 'number';
  title?: string;
  description?: string;
  constraints?: {
    required?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
  };
}

export interface TableSchema {
  fields: FieldSpec[];
  primaryKey: string[];
  missingValues: string[];
}

const FIELD_TYPES = new Set(['string', 'integer', 'number']);

/**
 * Checks that a parsed Table Schema uses only what the validator implements, so that a
 * constraint added to the schema can never be silently ignored.
 */
export function readTableSchema(json: unknown): TableSchema {
  const schema = json as { fields?: unknown; primaryKey?: unknown; missingValues?: unknown };
  if (!Array.isArray(schema.fields)) throw new Error('Table Schema has no "fields" array');
  const known = new Set(['required', 'enum', 'pattern', 'minimum', 'maximum', 'minLength']);
  for (const field of schema.fields as FieldSpec[]) {
    if (!FIELD_TYPES.has(field.type)) {
      throw new Error(`Table Schema field "${field.name}" has unsupported type "${field.type}"`);
    }
    for (const key of Object.keys(field.constraints ?? {})) {
      if (!known.has(key)) {
        throw new Error(`Table Schema field "${field.name}" has unsupported constraint "${key}"`);
      }
    }
  }
  return {
    fields: schema.fields as FieldSpec[],
    primaryKey: Array.isArray(schema.primaryKey) ? (schema.primaryKey as string[]) : [],
    missingValues: Array.isArray(schema.missingValues) ? (schema.missingValues as string[]) : [''],
  };
}

/** The observation columns, declared once in data/schemas/observations.tableschema.json. */
export const observationSchema: TableSchema = readTableSchema(observationSchemaJson);

export function fieldNames(schema: TableSchema): string[] {
  return schema.fields.map((field) => field.name);
}
