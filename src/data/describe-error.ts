import type { Locale } from '../domain/translate';
import { formatIssue, isDataError, isFetchError } from './issues';
import { formatNumber } from '../domain/format/number';

/**
 * A load or validation error as text for the page: a summary sentence in the reader's
 * language and, for invalid files, one line per problem (file, row, column, what was
 * expected). The problem lines, and the messages of load errors, stay in English: they name
 * files, columns and schema rules for whoever maintains the data, not for readers.
 */
export function describeError(
  error: unknown,
  locale: Locale,
): { message: string; details: string[] } {
  if (isDataError(error)) {
    const count = error.issues.length;
    return {
      message: locale.t('format:error.invalidFile', {
        file: error.file,
        count,
        value: formatNumber(count, locale.language, 0),
      }),
      details: error.issues.map(formatIssue),
    };
  }
  if (isFetchError(error)) return { message: error.message, details: [] };
  return {
    message: error instanceof Error ? error.message : locale.t('format:error.unexpected'),
    details: [],
  };
}
