import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './providers';
import { lazyPages } from './lazy-pages';
import { AppRoutes } from './routes';

/** The router's basename: Vite's base path without its trailing slash ("" at the root). */
export function routerBasename(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function App({
  queryClient,
  staticCharts,
}: {
  queryClient: QueryClient;
  staticCharts?: ReadonlyMap<string, string>;
}): ReactElement {
  return (
    <AppProviders queryClient={queryClient} staticCharts={staticCharts}>
      <BrowserRouter basename={routerBasename(import.meta.env.BASE_URL)}>
        <AppRoutes pages={lazyPages} />
      </BrowserRouter>
    </AppProviders>
  );
}
