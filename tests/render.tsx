import type { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { createQueryClient } from '../src/app/query-client';
import { lazyPages } from '../src/app/lazy-pages';
import { AppRoutes } from '../src/app/routes';

/**
 * Renders the whole app at a path with a fresh query client per test. The app's own retry
 * policy is kept (so retries are tested) with no delay between attempts.
 */
export function renderApp(
  path: string,
  queryClient: QueryClient = createQueryClient({ retryDelay: 0 }),
): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes pages={lazyPages} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, queryClient };
}
