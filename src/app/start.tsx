/** Takes over the page: hydrates a prerendered page, or renders one afresh. */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { collectStaticCharts } from '../charts/chart-slot';
import { App } from './app';
import { routerBasename } from './app-basename';
import { createI18n } from './i18n/create-i18n';
import { loadCatalogue } from './i18n/load-catalogue';
import { preloadPage } from './lazy-pages';
import { pageLanguage } from './page-language';
import { QUERY_STATE_ELEMENT_ID } from './page-state';
import { createQueryClient } from './query-client';
import { pageForPath } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const basePath = routerBasename(import.meta.env.BASE_URL);
const { language, basename, routePath } = pageLanguage(window.location.pathname, basePath);
const sitePaths = { basePath, language };
document.documentElement.lang = language;

const queryClient = createQueryClient();
const stateElement = document.getElementById(QUERY_STATE_ELEMENT_ID);
const prerendered =
  stateElement?.textContent && stateElement.dataset.path === window.location.pathname;

// The catalogue and (for a prerendered page) the page's chunk load side by side, before the
// first render: hydration then neither suspends nor changes a word.
const [catalogue] = await Promise.all([
  loadCatalogue(language),
  prerendered ? preloadPage(pageForPath(routePath)) : undefined,
]);
const i18n = createI18n(language, catalogue);
const app = (
  <StrictMode>
    <App
      queryClient={queryClient}
      i18n={i18n}
      sitePaths={sitePaths}
      basename={basename}
      staticCharts={collectStaticCharts(root)}
    />
  </StrictMode>
);

// Hydrate only the page prerendered for this very path; a host's fallback page (index.html
// or 404.html served for another URL) is rendered afresh instead.
if (prerendered && stateElement.textContent) {
  // Its data is in the page, so hydration neither refetches nor flashes.
  hydrate(queryClient, JSON.parse(stateElement.textContent));
  hydrateRoot(root, app);
} else {
  createRoot(root).render(app);
}
