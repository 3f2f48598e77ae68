import { describe, expect, it } from 'vitest';
import { isUnknownIndicator } from '../../../src/data/indicator-id';
import { DataError, FetchError } from '../../../src/data/issues';

describe(isUnknownIndicator, () => {
  it.each<[string, unknown, boolean]>([
    [
      'a 404 on the metadata: no such indicator',
      new FetchError('data/indicators/x.json', 404, 'the server answered 404'),
      true,
    ],
    [
      'a 404 on the CSV alone: an indicator whose figures are missing',
      new FetchError('data/indicators/x.csv', 404, 'the server answered 404'),
      false,
    ],
    [
      'a 404 on another indicator’s metadata',
      new FetchError('data/indicators/y.json', 404, 'the server answered 404'),
      false,
    ],
    [
      'a server error on the metadata',
      new FetchError('data/indicators/x.json', 500, 'the server answered 500'),
      false,
    ],
    ['an invalid metadata file', new DataError('data/indicators/x.json', []), false],
    ['no error', null, false],
  ])('%s', (_, error, expected) => {
    expect(isUnknownIndicator(error, 'x')).toBe(expected);
  });
});
