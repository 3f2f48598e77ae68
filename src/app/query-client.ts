import { QueryClient, type QueryObserverOptions } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../data/retry-policy';

/**
 * Data files are static for the life of a page, so they never go stale; network and server
 * errors are retried with backoff, invalid files never.
 */
export function createQueryClient(overrides: Partial<QueryObserverOptions> = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        ...overrides,
      },
    },
  });
}
