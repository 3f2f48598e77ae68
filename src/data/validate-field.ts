import type { FieldSpec } from './table-schema';

export type FieldResult =
  { ok: true; value: string | number | undefined } | { ok: false; rule: string; message: string };

// Table Schema's default number and integer forms: a dot for decimals, no group separator.
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One cell against its field's type and constraints. Returns the typed value (undefined for
 * a missing value) or the rule it broke with a message naming what was expected.
 */
export function validateField(
  raw: string,
  field: FieldSpec,
  missingValues: readonly string[],
): FieldResult {
  const constraints = field.constraints ?? {};
  if (missingValues.includes(raw)) {
    return constraints.required
      ? { ok: false, rule: 'required', message: `a value is required (${describeType(field)})` }
      : { ok: true, value: undefined };
  }
  let value: string | number = raw;
  if (field.type === 'integer' || field.type === 'number') {
    const pattern = field.type === 'integer' ? INTEGER : NUMBER;
    if (!pattern.test(raw)) {
      return {
        ok: false,
        rule: 'type',
        message: `expected ${describeType(field)}, found "${raw}"`,
      };
    }
    value = Number(raw);
    // Found by fuzzing (tests/fuzz): a long run of digits matches the pattern but is Infinity
    // as a number, and an integer beyond 2^53 would be silently rounded; both are refused.
    if (!Number.isFinite(value) || (field.type === 'integer' && !Number.isSafeInteger(value))) {
      return {
        ok: false,
        rule: 'type',
        message: `expected ${describeType(field)}, found a number too large to hold exactly (${raw.length} digits)`,
      };
    }
    // "-0" is the number 0; kept as -0 it would be shown as "-0".
    if (value === 0) value = 0;
    if (constraints.minimum !== undefined && value < constraints.minimum) {
      return {
        ok: false,
        rule: 'minimum',
        message: `expected at least ${constraints.minimum}, found ${raw}`,
      };
    }
    if (constraints.maximum !== undefined && value > constraints.maximum) {
      return {
        ok: false,
        rule: 'maximum',
        message: `expected at most ${constraints.maximum}, found ${raw}`,
      };
    }
    return { ok: true, value };
  }
  if (constraints.enum && !constraints.enum.includes(raw)) {
    return {
      ok: false,
      rule: 'enum',
      message: `expected one of ${constraints.enum.join(', ')}; found "${raw}"`,
    };
  }
  if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`, 'u').test(raw)) {
    return {
      ok: false,
      rule: 'pattern',
      message: `"${raw}" does not match the pattern ${constraints.pattern}`,
    };
  }
  if (constraints.minLength !== undefined && raw.length < constraints.minLength) {
    return {
      ok: false,
      rule: 'minLength',
      message: `expected at least ${constraints.minLength} characters`,
    };
  }
  return { ok: true, value };
}

function describeType(field: FieldSpec): string {
  switch (field.type) {
    case 'integer':
      return 'a whole number such as 2023';
    case 'number':
      return 'a number such as 4500 or 19.2, without thousands separators';
    case 'string':
      return 'text';
  }
}
