import { hydrate, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { collectStaticCharts } from '../charts/chart-slot';
import type { SitePaths } from '../ui/site-paths';
import { routerBasename } from './app-basename';
import { pageLanguage, type PageLanguage } from './page-language';
import { QUERY_STATE_ELEMENT_ID } from './page-state';
import { createQueryClient } from './query-client';

/** The page React is about to take over, as start.tsx and embed-start.tsx both read it. */
export interface PageInBrowser extends PageLanguage {
  root: HTMLElement;
  sitePaths: SitePaths;
  queryClient: QueryClient;
  /** The page's query data, when the build prerendered this very path. */
  prerenderedState: string | undefined;
  /** Prerendered chart markup by chart key, read before React touches the DOM. */
  staticCharts: ReadonlyMap<string, string>;
}

export function readPageInBrowser(): PageInBrowser {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const basePath = routerBasename(import.meta.env.BASE_URL);
  const address = pageLanguage(window.location.pathname, basePath);
  document.documentElement.lang = address.language;
  const stateElement = document.getElementById(QUERY_STATE_ELEMENT_ID);
  // Hydrate only the page prerendered for this very path; a host's fallback page (index.html
  // or 404.html served for another URL) is rendered afresh instead.
  const prerenderedState =
    stateElement?.textContent && stateElement.dataset.path === window.location.pathname
      ? stateElement.textContent
      : undefined;
  return {
    ...address,
    root,
    sitePaths: { basePath, language: address.language },
    queryClient: createQueryClient(),
    prerenderedState,
    staticCharts: collectStaticCharts(root),
  };
}

/** Hydrates a prerendered page with its data (no refetch, no flash), or renders afresh. */
export function takeOverPage(page: PageInBrowser, app: ReactElement): void {
  if (page.prerenderedState) {
    hydrate(page.queryClient, JSON.parse(page.prerenderedState));
    hydrateRoot(page.root, app);
  } else {
    createRoot(page.root).render(app);
  }
}
