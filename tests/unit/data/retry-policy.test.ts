import { describe, expect, it } from 'vitest';
import { DataError, FetchError } from '../../../src/data/issues';
import { MAX_RETRIES, retryDelay, shouldRetry } from '../../../src/data/retry-policy';

const fetchError = (status: number | undefined) => new FetchError('data/x.csv', status, 'detail');

describe(shouldRetry, () => {
  it.each<[string, unknown, boolean]>([
    ['no response (network failure or time-out)', fetchError(undefined), true],
    ['500', fetchError(500), true],
    ['502', fetchError(502), true],
    ['503', fetchError(503), true],
    ['408 request time-out', fetchError(408), true],
    ['429 too many requests', fetchError(429), true],
    ['404 not found', fetchError(404), false],
    ['a web page instead of the file (200)', fetchError(200), false],
    ['400 bad request', fetchError(400), false],
    ['403 forbidden', fetchError(403), false],
    ['an invalid file', new DataError('data/x.csv', []), false],
    ['any other error', new Error('boom'), false],
    ['a thrown string', 'boom', false],
  ])('first failure, %s → %s', (_name, error, expected) => {
    expect(shouldRetry(0, error)).toBe(expected);
  });

  it(`retries at most ${MAX_RETRIES} times`, () => {
    expect(MAX_RETRIES).toBe(2);
    expect(shouldRetry(1, fetchError(503))).toBe(true);
    expect(shouldRetry(2, fetchError(503))).toBe(false);
    expect(shouldRetry(3, fetchError(undefined))).toBe(false);
  });
});

describe(retryDelay, () => {
  it.each<[number, number]>([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 8000],
    [20, 8000],
  ])('after %i failures → %i ms', (failureCount, expected) => {
    expect(retryDelay(failureCount)).toBe(expected);
  });
});
