import { formatIssue, isDataError, isFetchError } from './issues';

/**
 * A load or validation error as text for the page: a summary sentence and, for invalid
 * files, one line per problem (file, row, column, what was expected).
 */
export function describeError(error: unknown): { message: string; details: string[] } {
  if (isDataError(error)) {
    const count = error.issues.length;
    return {
      message: `${error.file} is not valid: ${count} ${count === 1 ? 'problem was' : 'problems were'} found.`,
      details: error.issues.map(formatIssue),
    };
  }
  if (isFetchError(error)) return { message: error.message, details: [] };
  return {
    message: error instanceof Error ? error.message : 'An unexpected error occurred.',
    details: [],
  };
}
