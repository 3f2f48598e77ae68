import type { ValidationIssue } from '../../../src/data/issues';

/**
 * Where each rule's issues must point. A rule the fuzzers have not met fails the check, so a
 * new rule is placed here on purpose.
 */
const CSV_RULES: Record<string, 'file' | 'row' | 'row+column' | 'row+column?'> = {
  'empty-file': 'file',
  'no-rows': 'file',
  'csv-syntax': 'row',
  'field-count': 'row',
  // A one-column key names its column; a compound key is the whole row.
  'primary-key': 'row+column?',
  'missing-column': 'row+column',
  'unknown-column': 'row+column',
  'duplicate-column': 'row+column',
  required: 'row+column',
  type: 'row+column',
  minimum: 'row+column',
  maximum: 'row+column',
  enum: 'row+column',
  pattern: 'row+column',
  minLength: 'row+column',
  'indicator-id': 'row+column',
  'series-declared': 'row+column',
  'series-unit': 'row+column',
  'period-order': 'row+column',
  date: 'row+column',
  'date-precision': 'row+column',
  'date-order': 'row+column',
};

/**
 * Property (a) for CSV files: every issue is a plain ValidationIssue naming the file, a rule
 * and a message, and the row and column where the rule applies to one. Returns what is
 * wrong, or an empty list.
 */
export function csvIssueProblems(
  issues: readonly ValidationIssue[],
  file: string,
  columns: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const issue of issues) {
    const say = (why: string): void => {
      problems.push(`${why}: ${JSON.stringify(issue)}`);
    };
    basicShape(issue, file, say);
    const where = CSV_RULES[issue.rule];
    if (where === undefined) {
      say('unknown rule');
      continue;
    }
    if (where !== 'file' && !(Number.isSafeInteger(issue.row) && (issue.row ?? 0) >= 1))
      say('no row');
    if (where === 'file' && issue.row !== undefined) say('a row on a file issue');
    if (where === 'row+column' && typeof issue.column !== 'string') say('no column');
    if (
      typeof issue.column === 'string' &&
      issue.rule !== 'unknown-column' &&
      !columns.includes(issue.column)
    )
      say('a column the schema does not have');
    if (issue.row !== undefined && issue.row > 1 && issue.rule.endsWith('-column'))
      say('a header issue off row 1');
  }
  return problems;
}

/**
 * Property (a) for JSON files: every issue names the file, a rule, a message and the JSON
 * path (the "column"): "(file)" for syntax, "(root)" or a path such as series[2].unit, with
 * a key that is not a plain name as a JSON string in brackets: translations.ru.notes["…"].
 */
export function jsonIssueProblems(issues: readonly ValidationIssue[], file: string): string[] {
  const problems: string[] = [];
  const path =
    /^(\(file\)|\(root\)|(\[\d+\]|[A-Za-z]\w*)(\.[A-Za-z]\w*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)$/;
  for (const issue of issues) {
    const say = (why: string): void => {
      problems.push(`${why}: ${JSON.stringify(issue)}`);
    };
    basicShape(issue, file, say);
    if (issue.row !== undefined) say('a row in a JSON file');
    if (typeof issue.column !== 'string' || !path.test(issue.column)) say('no JSON path');
    if (issue.rule === 'json-syntax' && issue.column !== '(file)') say('syntax not on (file)');
  }
  return problems;
}

function basicShape(issue: ValidationIssue, file: string, say: (why: string) => void): void {
  if (typeof issue !== 'object' || issue === null) return say('not an object');
  if (issue.file !== file) say('another file');
  if (typeof issue.rule !== 'string' || issue.rule === '') say('no rule');
  if (typeof issue.message !== 'string' || issue.message === '') say('no message');
  if (issue.value !== undefined && typeof issue.value !== 'string') say('a value that is not text');
  const known = new Set(['file', 'row', 'column', 'value', 'rule', 'message']);
  for (const key of Object.keys(issue)) if (!known.has(key)) say(`unexpected key ${key}`);
}
