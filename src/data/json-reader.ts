import type { ValidationIssue } from './issues';

/**
 * A small typed reader over parsed JSON that records an issue, with the JSON path as the
 * "column", for every property that is missing or of the wrong type. Lets the metadata
 * validators read like a description of the expected shape.
 */
export class JsonReader {
  readonly issues: ValidationIssue[] = [];

  constructor(readonly file: string) {}

  private fail(path: string, value: unknown, rule: string, message: string): void {
    this.issues.push({ file: this.file, column: path, value: preview(value), rule, message });
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    this.fail(path, value, 'type', `expected an object, found ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.fail(path, value, 'type', `expected a list, found ${describe(value)}`);
    return undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, value, 'type', `expected non-empty text, found ${describe(value)}`);
    return undefined;
  }

  number(value: unknown, path: string): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(path, value, 'type', `expected a number, found ${describe(value)}`);
    return undefined;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.fail(
      path,
      value,
      'enum',
      `expected one of ${allowed.join(', ')}; found ${describe(value)}`,
    );
    return undefined;
  }

  /** Records a rule that spans several properties. */
  problem(path: string, value: unknown, rule: string, message: string): void {
    this.fail(path, value, rule, message);
  }
}

export function parseJson(text: string, reader: JsonReader): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    reader.problem(
      '(file)',
      undefined,
      'json-syntax',
      `the file is not valid JSON (${(error as Error).message})`,
    );
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `"${preview(value)}"`;
  return `${typeof value} ${preview(value)}`;
}

function preview(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
