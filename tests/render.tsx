import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Layout } from '../src/app/layout';
import { createQueryClient } from '../src/app/query-client';
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
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Layout>
          <AppRoutes />
        </Layout>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
