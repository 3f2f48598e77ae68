import { isFetchError } from './issues';

/** Network failures and server errors are retried this many times, with backoff. */
export const MAX_RETRIES = 2;

/**
 * TanStack Query's `retry` option. Retry what may pass on a second try (no response, time-out,
 * 5xx, 408, 429); never an invalid file or a 404, which would fail the same way again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isFetchError(error)) return false;
  const { status } = error;
  return status === undefined || status >= 500 || status === 408 || status === 429;
}

/** Exponential backoff: 0.5 s, 1 s, 2 s … capped at 8 s. */
export function retryDelay(failureCount: number): number {
  return Math.min(500 * 2 ** failureCount, 8_000);
}
