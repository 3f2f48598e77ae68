import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import type { SitePaths } from '../ui/site-paths';
import { AppProviders } from './providers';
import { lazyPages } from './lazy-pages';
import { AppRoutes } from './routes';

export { routerBasename } from './app-basename';

export interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  sitePaths: SitePaths;
  /** The base path plus the page's language prefix, when its address has one ("/ru"). */
  basename: string;
  staticCharts?: ReadonlyMap<string, string>;
}

export function App({
  queryClient,
  i18n,
  sitePaths,
  basename,
  staticCharts,
}: AppProps): ReactElement {
  return (
    <AppProviders
      queryClient={queryClient}
      i18n={i18n}
      sitePaths={sitePaths}
      staticCharts={staticCharts}
    >
      <BrowserRouter basename={basename}>
        <AppRoutes pages={lazyPages} />
      </BrowserRouter>
    </AppProviders>
  );
}
