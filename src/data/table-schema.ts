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

/** The constraints validateField implements, by field type. */
const SUPPORTED_CONSTRAINTS: Record<FieldSpec['type'], ReadonlySet<string>> = {
  string: new Set(['required', 'enum', 'pattern', 'minLength']),
  integer: new Set(['required', 'minimum', 'maximum']),
  number: new Set(['required', 'minimum', 'maximum']),
};

/**
 * Checks that a parsed Table Schema uses only what the validator implements, so that a
 * constraint added to the schema can never be silently ignored.
 */
export function readTableSchema(json: unknown): TableSchema {
  if (typeof json !== 'object' || json === null) throw new Error('Table Schema is not an object');
  const schema = json as { fields?: unknown; primaryKey?: unknown; missingValues?: unknown };
  if (!Array.isArray(schema.fields)) throw new Error('Table Schema has no "fields" array');
  for (const field of schema.fields as FieldSpec[]) {
    const supported = SUPPORTED_CONSTRAINTS[field.type] as ReadonlySet<string> | undefined;
    if (!supported) {
      throw new Error(`Table Schema field "${field.name}" has unsupported type "${field.type}"`);
    }
    for (const key of Object.keys(field.constraints ?? {})) {
      if (!supported.has(key)) {
        throw new Error(
          `Table Schema field "${field.name}" has constraint "${key}", which the validator does not support for type ${field.type}`,
        );
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
