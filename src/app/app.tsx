import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { Layout } from './layout';
import { AppRoutes } from './routes';

/** The router's basename: Vite's base path without its trailing slash ("" at the root). */
export function routerBasename(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function App({ queryClient }: { queryClient: QueryClient }): ReactElement {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={routerBasename(import.meta.env.BASE_URL)}>
        <Layout>
          <AppRoutes />
        </Layout>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
