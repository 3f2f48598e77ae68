import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { StaticChartsContext } from '../charts/chart-slot';
import { SitePathsContext, type SitePaths } from '../ui/site-paths';

export interface AppProvidersProps {
  queryClient: QueryClient;
  /** The page's language, already loaded (see create-i18n.ts). */
  i18n: I18n;
  sitePaths: SitePaths;
  /** Prerendered chart markup by chart key; empty when nothing was prerendered. */
  staticCharts?: ReadonlyMap<string, string>;
  children: ReactNode;
}

/** Marks the document once React has taken over the page, for tests and the benchmark. */
function HydrationMarker(): null {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

const NO_STATIC_CHARTS: ReadonlyMap<string, string> = new Map();

/**
 * What every render of the app shares: in the browser, at build time and in tests. The tree
 * must be the same in all of them, or React's generated ids would differ on hydration.
 */
export function AppProviders({
  queryClient,
  i18n,
  sitePaths,
  staticCharts = NO_STATIC_CHARTS,
  children,
}: AppProvidersProps): ReactElement {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <SitePathsContext.Provider value={sitePaths}>
          <StaticChartsContext.Provider value={staticCharts}>
            {children}
            <HydrationMarker />
          </StaticChartsContext.Provider>
        </SitePathsContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
