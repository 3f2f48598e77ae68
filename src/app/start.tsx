/** Takes over a page of the site: hydrates a prerendered page, or renders one afresh. */
import { StrictMode } from 'react';
import { App } from './app';
import { createI18n } from './i18n/create-i18n';
import { loadCatalogue } from './i18n/load-catalogue';
import { preloadPage } from './lazy-pages';
import { pageForPath } from './route-table';
import { readPageInBrowser, takeOverPage } from './take-over-page';

const page = readPageInBrowser();

// The catalogue and (for a prerendered page) the page's chunk load side by side, before the
// first render: hydration then neither suspends nor changes a word.
const [catalogue] = await Promise.all([
  loadCatalogue(page.language),
  page.prerenderedState ? preloadPage(pageForPath(page.routePath)) : undefined,
]);

takeOverPage(
  page,
  <StrictMode>
    <App
      queryClient={page.queryClient}
      i18n={createI18n(page.language, catalogue)}
      sitePaths={page.sitePaths}
      basename={page.basename}
      staticCharts={page.staticCharts}
    />
  </StrictMode>,
);
