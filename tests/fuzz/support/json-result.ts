import type { ValidationIssue } from '../../../src/data/issues';
import { jsonIssueProblems } from './issue-shape';

type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * Property (a) for the JSON validators: the result is `{ ok: true, value }` or `{ ok: false,
 * issues }` with at least one issue, each naming the file and its JSON path.
 */
export function resultShapeProblems<T>(result: Validated<T>, file: string): string[] {
  if (typeof result !== 'object' || result === null) return ['not an object'];
  const keys = Object.keys(result).sort().join();
  if (result.ok === true) return keys === 'ok,value' ? [] : [`keys ${keys}`];
  if (result.ok !== false) return ['ok is neither true nor false'];
  if (keys !== 'issues,ok') return [`keys ${keys}`];
  if (!Array.isArray(result.issues) || result.issues.length === 0)
    return ['refused without an issue'];
  return jsonIssueProblems(result.issues, file);
}

export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
