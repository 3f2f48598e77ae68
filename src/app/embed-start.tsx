/**
 * Takes over an embed: the site's start without the router, the other pages or the
 * namespaces an embed never shows, so an article embedding a chart pays for as little
 * JavaScript as possible (budget in perf-budgets.json).
 */
import { StrictMode } from 'react';
import { EmbedApp } from './embed-app';
import { embedIdFromPath } from './embed-path';
import { createI18n } from './i18n/create-i18n';
import { loadEmbedCatalogue } from './i18n/load-catalogue';
import { readPageInBrowser, takeOverPage } from './take-over-page';

const page = readPageInBrowser();
const catalogue = await loadEmbedCatalogue(page.language);

takeOverPage(
  page,
  <StrictMode>
    <EmbedApp
      id={embedIdFromPath(page.routePath) ?? ''}
      search={window.location.search}
      queryClient={page.queryClient}
      i18n={createI18n(page.language, catalogue)}
      sitePaths={page.sitePaths}
      staticCharts={page.staticCharts}
    />
  </StrictMode>,
);
