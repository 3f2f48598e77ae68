import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { StaticChartsContext } from '../charts/chart-slot';

export interface AppProvidersProps {
  queryClient: QueryClient;
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
  staticCharts = NO_STATIC_CHARTS,
  children,
}: AppProvidersProps): ReactElement {
  return (
    <QueryClientProvider client={queryClient}>
      <StaticChartsContext.Provider value={staticCharts}>
        {children}
        <HydrationMarker />
      </StaticChartsContext.Provider>
    </QueryClientProvider>
  );
}
