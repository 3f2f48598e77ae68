/**
 * Precise, user-facing descriptions of what is wrong with a data file. Each names the file
 * and, where it applies, the spreadsheet row (the header is row 1), the column, the value
 * found and the rule it broke.
 */
export interface ValidationIssue {
  file: string;
  row?: number;
  column?: string;
  value?: string;
  rule: string;
  message: string;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = [
    issue.file,
    issue.row === undefined ? undefined : `row ${issue.row}`,
    issue.column === undefined ? undefined : `column "${issue.column}"`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return `${where}: ${issue.message}`;
}

/** A file was read but its content is invalid. Retrying cannot help. */
export class DataError extends Error {
  readonly file: string;
  readonly issues: readonly ValidationIssue[];

  constructor(file: string, issues: readonly ValidationIssue[]) {
    const count = issues.length;
    super(
      `${file} has ${count} ${count === 1 ? 'problem' : 'problems'}: ${issues.map(formatIssue).join('; ')}`,
    );
    this.name = 'DataError';
    this.file = file;
    this.issues = issues;
  }
}

/** A file could not be read: an HTTP error status, a network failure or a time-out. */
export class FetchError extends Error {
  readonly file: string;
  /** HTTP status, or undefined when no complete response arrived (network, time-out). */
  readonly status: number | undefined;

  constructor(file: string, status: number | undefined, detail: string) {
    super(`Could not load ${file}: ${detail}`);
    this.name = 'FetchError';
    this.file = file;
    this.status = status;
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
