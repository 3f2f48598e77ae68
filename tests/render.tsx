import type { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { createQueryClient } from '../src/app/query-client';
import { lazyPages } from '../src/app/lazy-pages';
import { AppRoutes } from '../src/app/routes';
import type { Language } from '../src/domain/language';
import { testI18n } from './i18n';

export interface RenderAppOptions {
  /** The page's language, as its address's prefix would set it; English by default. */
  language?: Language;
}

/**
 * Renders the whole app at a path (relative to the language prefix) with a fresh query client
 * per test. The app's own retry policy is kept (so retries are tested) with no delay between
 * attempts.
 */
export function renderApp(
  path: string,
  queryClient: QueryClient = createQueryClient({ retryDelay: 0 }),
  { language = 'en' }: RenderAppOptions = {},
): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <AppProviders
      queryClient={queryClient}
      i18n={testI18n(language)}
      sitePaths={{ basePath: '', language }}
    >
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes pages={lazyPages} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, queryClient };
}
