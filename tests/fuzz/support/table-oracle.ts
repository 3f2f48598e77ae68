import { readDataJson } from './files';

/**
 * An independent reading of a Frictionless Table Schema, for the fuzzers' oracle: what a cell
 * must be for its field, written from the schema file and the Table Schema standard
 * (https://datapackage.org/standard/table-schema/), not from src/data's helpers. It is
 * deliberately more lenient than the validator about number forms ("+5", ".5", "1e3" are
 * Table Schema numbers the validator refuses) and strict about what a chart must never get:
 * a value that is not finite, a negative zero, an integer that is not exactly representable.
 */
export interface OracleField {
  name: string;
  type: string;
  constraints?: {
    required?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
  };
}

export interface OracleSchema {
  fields: OracleField[];
  primaryKey: string[];
  missingValues: string[];
}

export function loadSchema(relative: string): OracleSchema {
  const json = readDataJson(relative) as Partial<OracleSchema> & { fields: OracleField[] };
  return {
    fields: json.fields,
    primaryKey: json.primaryKey ?? [],
    missingValues: json.missingValues ?? [''],
  };
}

export const observationsSchema = loadSchema('schemas/observations.tableschema.json');
export const eventsSchema = loadSchema('schemas/events.tableschema.json');

export function field(schema: OracleSchema, name: string): OracleField {
  const found = schema.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

export function columnNames(schema: OracleSchema): string[] {
  return schema.fields.map((f) => f.name);
}

/** Table Schema's lexical forms: an optional sign, digits, a dot, an exponent. */
const INTEGER_FORM = /^[+-]?[0-9]+$/;
const NUMBER_FORM = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

const compiled = new Map<string, RegExp>();

/** Table Schema patterns are XML Schema regular expressions, implicitly anchored. */
function anchored(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, regex);
  }
  return regex;
}

/** Characters (code points) in a text, counted up to `enough`. */
function codePoints(text: string, enough: number): number {
  return text.length >= 2 * enough ? enough : [...text].length;
}

export type CellVerdict = { ok: true; value: string | number | undefined } | { ok: false };

/** One raw cell against its field, as the oracle reads the standard. */
export function oracleCell(raw: string, f: OracleField, missingValues: string[]): CellVerdict {
  const c = f.constraints ?? {};
  if (missingValues.includes(raw))
    return c.required ? { ok: false } : { ok: true, value: undefined };
  if (f.type === 'integer' || f.type === 'number') {
    if (!(f.type === 'integer' ? INTEGER_FORM : NUMBER_FORM).test(raw)) return { ok: false };
    const value = Number(raw);
    if (!Number.isFinite(value)) return { ok: false };
    if (f.type === 'integer' && !Number.isSafeInteger(value)) return { ok: false };
    if (c.minimum !== undefined && value < c.minimum) return { ok: false };
    if (c.maximum !== undefined && value > c.maximum) return { ok: false };
    return { ok: true, value };
  }
  if (c.enum && !c.enum.includes(raw)) return { ok: false };
  if (c.pattern && !anchored(c.pattern).test(raw)) return { ok: false };
  if (c.minLength !== undefined && codePoints(raw, c.minLength) < c.minLength) return { ok: false };
  return { ok: true, value: raw };
}

/**
 * A typed value the validator produced, checked against the field: present when required,
 * the right JS type, finite, no negative zero, within bounds, in the enum, matching the
 * pattern. Returns the reasons it fails (empty when it is fine).
 */
export function checkTypedValue(value: unknown, f: OracleField): string[] {
  const c = f.constraints ?? {};
  const problems: string[] = [];
  const fail = (why: string): void => {
    problems.push(`${f.name}: ${why} (${typeof value} ${String(value)})`);
  };
  if (value === undefined || value === '') {
    if (c.required) fail('required but missing');
    return problems;
  }
  if (f.type === 'integer' || f.type === 'number') {
    if (typeof value !== 'number') return [`${f.name}: not a number`];
    if (!Number.isFinite(value)) fail('not finite');
    if (Object.is(value, -0)) fail('negative zero');
    if (f.type === 'integer' && !Number.isSafeInteger(value)) fail('not an exact integer');
    if (c.minimum !== undefined && !(value >= c.minimum)) fail(`below ${c.minimum}`);
    if (c.maximum !== undefined && !(value <= c.maximum)) fail(`above ${c.maximum}`);
    return problems;
  }
  if (typeof value !== 'string') return [`${f.name}: not text`];
  if (c.enum && !c.enum.includes(value)) fail('not in the enum');
  if (c.pattern && !anchored(c.pattern).test(value)) fail('does not match');
  if (c.minLength !== undefined && codePoints(value, c.minLength) < c.minLength) fail('too short');
  return problems;
}

/** The raw cell and the typed value agree: same text, or the number that text denotes. */
export function cellMatches(
  raw: string,
  value: unknown,
  f: OracleField,
  missing: string[],
): boolean {
  const verdict = oracleCell(raw, f, missing);
  if (!verdict.ok) return false;
  if (verdict.value === undefined) return value === undefined || value === '';
  if (typeof verdict.value === 'number') return value === verdict.value; // -0 === 0: sign is checked above
  return value === verdict.value;
}

/** True when the header names each schema field exactly once and nothing else. */
export function headerIsExact(header: readonly string[], schema: OracleSchema): boolean {
  const names = columnNames(schema);
  return (
    header.length === names.length && names.every((n) => header.filter((h) => h === n).length === 1)
  );
}

/** The primary-key tuple of a typed row, for uniqueness. */
export function keyOf(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (typeof v === 'number' ? `n${v}` : `s${String(v)}`)));
}
