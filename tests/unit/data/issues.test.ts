import { describe, expect, it } from 'vitest';
import {
  DataError,
  FetchError,
  formatIssue,
  isDataError,
  isFetchError,
  type ValidationIssue,
} from '../../../src/data/issues';

const valueIssue: ValidationIssue = {
  file: 'data/indicators/cell-confinement.csv',
  row: 3,
  column: 'value',
  value: '4,500',
  rule: 'type',
  message: 'expected a number such as 4500 or 19.2, without thousands separators, found "4,500"',
};

describe(formatIssue, () => {
  it.each<[string, ValidationIssue, string]>([
    [
      'file, row and column',
      valueIssue,
      'data/indicators/cell-confinement.csv, row 3, column "value": expected a number such as 4500 or 19.2, without thousands separators, found "4,500"',
    ],
    [
      'file and row',
      { file: 'data/x.csv', row: 4, rule: 'primary-key', message: 'duplicates an earlier row' },
      'data/x.csv, row 4: duplicates an earlier row',
    ],
    [
      'file and JSON path',
      {
        file: 'data/x.json',
        column: 'title',
        rule: 'type',
        message: 'expected non-empty text, found nothing',
      },
      'data/x.json, column "title": expected non-empty text, found nothing',
    ],
    [
      'file only',
      { file: 'data/x.csv', rule: 'empty-file', message: 'the file is empty' },
      'data/x.csv: the file is empty',
    ],
  ])('%s', (_name, issue, expected) => {
    expect(formatIssue(issue)).toBe(expected);
  });
});

describe(DataError, () => {
  it('carries the file and its issues, and lists them in its message', () => {
    const second: ValidationIssue = {
      ...valueIssue,
      row: 5,
      column: 'qualifier',
      message: 'bad qualifier',
    };
    const error = new DataError('data/indicators/cell-confinement.csv', [valueIssue, second]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DataError');
    expect(error.file).toBe('data/indicators/cell-confinement.csv');
    expect(error.issues).toEqual([valueIssue, second]);
    expect(error.message).toBe(
      `data/indicators/cell-confinement.csv has 2 problems: ${formatIssue(valueIssue)}; ${formatIssue(second)}`,
    );
  });

  it('says "problem" for one', () => {
    expect(new DataError('data/x.csv', [valueIssue]).message).toMatch(
      /^data\/x\.csv has 1 problem: /,
    );
  });
});

describe(FetchError, () => {
  it('names the file, the status and what happened', () => {
    const error = new FetchError('data/topics.json', 404, 'the server answered 404');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FetchError');
    expect(error.file).toBe('data/topics.json');
    expect(error.status).toBe(404);
    expect(error.message).toBe('Could not load data/topics.json: the server answered 404');
  });
});

describe(isDataError, () => {
  it('recognises only DataError', () => {
    expect(isDataError(new DataError('f', []))).toBe(true);
    expect(isDataError(new FetchError('f', 500, 'x'))).toBe(false);
    expect(isDataError(new Error('x'))).toBe(false);
    expect(isDataError({ name: 'DataError', issues: [] })).toBe(false);
    expect(isDataError(undefined)).toBe(false);
  });
});

describe(isFetchError, () => {
  it('recognises only FetchError', () => {
    expect(isFetchError(new FetchError('f', undefined, 'x'))).toBe(true);
    expect(isFetchError(new DataError('f', []))).toBe(false);
    expect(isFetchError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isFetchError(null)).toBe(false);
  });
});
