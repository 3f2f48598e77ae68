import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/data/describe-error';
import { DataError, FetchError, type ValidationIssue } from '../../../src/data/issues';

const issue = (row: number, column: string, message: string): ValidationIssue => ({
  file: 'data/indicators/x.csv',
  row,
  column,
  rule: 'type',
  message,
});

describe(describeError, () => {
  it('an invalid file: a summary and one line per problem', () => {
    const error = new DataError('data/indicators/x.csv', [
      issue(3, 'value', 'expected a number'),
      issue(5, 'qualifier', 'expected one of exact, about'),
    ]);
    expect(describeError(error)).toEqual({
      message: 'data/indicators/x.csv is not valid: 2 problems were found.',
      details: [
        'data/indicators/x.csv, row 3, column "value": expected a number',
        'data/indicators/x.csv, row 5, column "qualifier": expected one of exact, about',
      ],
    });
  });

  it('one problem in the singular', () => {
    const error = new DataError('data/x.json', [
      {
        file: 'data/x.json',
        column: 'title',
        rule: 'type',
        message: 'expected non-empty text, found nothing',
      },
    ]);
    expect(describeError(error).message).toBe('data/x.json is not valid: 1 problem was found.');
  });

  it('a file that could not be loaded: its message, no details', () => {
    const error = new FetchError('data/topics.json', 404, 'the server answered 404 Not Found');
    expect(describeError(error)).toEqual({
      message: 'Could not load data/topics.json: the server answered 404 Not Found',
      details: [],
    });
  });

  it('any other error: its message', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({
      message: 'x is undefined',
      details: [],
    });
  });

  it('something thrown that is not an error: a generic message', () => {
    expect(describeError('boom')).toEqual({
      message: 'An unexpected error occurred.',
      details: [],
    });
    expect(describeError(undefined)).toEqual({
      message: 'An unexpected error occurred.',
      details: [],
    });
  });
});
