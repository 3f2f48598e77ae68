import { JsonReader, parseJson } from './json-reader';
import type { Validated } from './validate-metadata';

/** A column of a published table, as the data catalogue documents it. */
export interface ColumnDoc {
  name: string;
  type: string;
  title?: string;
  description?: string;
  /** The allowed values, where the schema closes the list. */
  allowed?: string[];
  required: boolean;
}

/**
 * Any Table Schema → its columns for people to read. Unlike readTableSchema (which guards the
 * validator), it accepts every field type: it describes, it does not validate rows.
 */
export function readColumnDocs(text: string, file: string): Validated<ColumnDoc[]> {
  const read = new JsonReader(file);
  const json = parseJson(text, read);
  if (json === undefined) return { ok: false, issues: read.issues };
  const root = read.object(json, '(root)');
  const fields = root ? (read.array(root.fields, 'fields') ?? []) : [];
  const columns = fields.flatMap((field, index): ColumnDoc[] => {
    const entry = read.object(field, `fields[${index}]`);
    if (!entry) return [];
    const name = read.string(entry.name, `fields[${index}].name`);
    if (name === undefined) return [];
    const constraints =
      typeof entry.constraints === 'object' && entry.constraints !== null
        ? (entry.constraints as Record<string, unknown>)
        : {};
    const allowed = Array.isArray(constraints.enum) ? constraints.enum.map(String) : undefined;
    return [
      {
        name,
        type: typeof entry.type === 'string' ? entry.type : 'string',
        title: typeof entry.title === 'string' ? entry.title : undefined,
        description: typeof entry.description === 'string' ? entry.description : undefined,
        allowed,
        required: constraints.required === true,
      },
    ];
  });
  return read.issues.length > 0 ? { ok: false, issues: read.issues } : { ok: true, value: columns };
}
