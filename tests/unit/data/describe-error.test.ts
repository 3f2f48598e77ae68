import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/data/describe-error';
import { DataError, FetchError, type ValidationIssue } from '../../../src/data/issues';
import { testLocale } from '../../i18n';

const EN = testLocale('en');

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
    expect(describeError(error, EN)).toEqual({
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
    expect(describeError(error, EN).message).toBe('data/x.json is not valid: 1 problem was found.');
  });

  it('a file that could not be loaded: its message, no details', () => {
    const error = new FetchError('data/topics.json', 404, 'the server answered 404 Not Found');
    expect(describeError(error, EN)).toEqual({
      message: 'Could not load data/topics.json: the server answered 404 Not Found',
      details: [],
    });
  });

  it('any other error: its message', () => {
    expect(describeError(new TypeError('x is undefined'), EN)).toEqual({
      message: 'x is undefined',
      details: [],
    });
  });

  it('something thrown that is not an error: a generic message', () => {
    expect(describeError('boom', EN)).toEqual({
      message: 'An unexpected error occurred.',
      details: [],
    });
    expect(describeError(undefined, EN)).toEqual({
      message: 'An unexpected error occurred.',
      details: [],
    });
  });

  it("speaks the reader's language, with the plural the count needs", () => {
    const problems = (count: number) =>
      new DataError(
        'data/x.json',
        Array.from({ length: count }, (_, i) => issue(i + 1, 'value', 'expected a number')),
      );
    const ru = testLocale('ru');
    expect(describeError(problems(1), ru).message).toBe(
      'Файл data/x.json недействителен: обнаружена 1 ошибка.',
    );
    expect(describeError(problems(3), ru).message).toBe(
      'Файл data/x.json недействителен: обнаружены 3 ошибки.',
    );
    expect(describeError(problems(5), ru).message).toBe(
      'Файл data/x.json недействителен: обнаружено 5 ошибок.',
    );
    expect(describeError('boom', testLocale('kk')).message).toBe('Күтпеген қате орын алды.');
  });
});
