/** Takes over the page: hydrates a prerendered page, or renders one afresh. */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { collectStaticCharts } from '../charts/chart-slot';
import { App, routerBasename } from './app';
import { preloadPage } from './lazy-pages';
import { QUERY_STATE_ELEMENT_ID } from './page-state';
import { createQueryClient } from './query-client';
import { pageForPath } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const stateElement = document.getElementById(QUERY_STATE_ELEMENT_ID);
const app = (
  <StrictMode>
    <App queryClient={queryClient} staticCharts={collectStaticCharts(root)} />
  </StrictMode>
);

// Hydrate only the page prerendered for this very path; a host's fallback page (index.html
// or 404.html served for another URL) is rendered afresh instead.
if (stateElement?.textContent && stateElement.dataset.path === window.location.pathname) {
  // Its data is in the page, so hydration neither refetches nor flashes.
  hydrate(queryClient, JSON.parse(stateElement.textContent));
  const basename = routerBasename(import.meta.env.BASE_URL);
  await preloadPage(pageForPath(window.location.pathname.slice(basename.length) || '/'));
  hydrateRoot(root, app);
} else {
  createRoot(root).render(app);
}
