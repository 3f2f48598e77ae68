import { createElement, lazy, useState, type ComponentType, type ReactElement } from 'react';
import type { PageComponents, PageName } from './routes';

type Loader = () => Promise<ComponentType>;

interface PreloadablePage {
  Component: ComponentType;
  preload: () => Promise<void>;
}

/**
 * A lazily loaded page that renders without suspending once preloaded. The browser preloads
 * the current page's chunk before hydrating, so hydration never waits on a chunk, and no
 * click on the prerendered page is lost meanwhile.
 */
function preloadable(load: Loader): PreloadablePage {
  let loaded: ComponentType | undefined;
  const Lazy = lazy(async () => ({ default: (loaded = await load()) }));
  function Page(): ReactElement {
    // Chosen once per mounted page: switching from Lazy to the loaded component on a later
    // render (a hash or search change) would change the element type and remount the page.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return createElement(Component);
  }
  return {
    Component: Page,
    preload: async () => {
      loaded ??= await load();
    },
  };
}

// One chunk per page: a route loads only its own code (the embed, the lightest, none of the
// site's pages).
const pages: Record<PageName, PreloadablePage> = {
  HomePage: preloadable(() => import('../features/home/home-page').then((m) => m.HomePage)),
  IndicatorPage: preloadable(() =>
    import('../features/indicator/indicator-page').then((m) => m.IndicatorPage),
  ),
  EmbedPage: preloadable(() => import('../features/embed/embed-route').then((m) => m.EmbedRoute)),
  SourcePage: preloadable(() => import('../features/source/source-page').then((m) => m.SourcePage)),
  TimelinePage: preloadable(() =>
    import('../features/timeline/timeline-page').then((m) => m.TimelinePage),
  ),
  ChecksPage: preloadable(() => import('../features/checks/checks-page').then((m) => m.ChecksPage)),
  DataCataloguePage: preloadable(() =>
    import('../features/data-catalogue/data-catalogue-page').then((m) => m.DataCataloguePage),
  ),
  RecommendationsPage: preloadable(() =>
    import('../features/recommendations/recommendations-page').then((m) => m.RecommendationsPage),
  ),
  NotFoundPage: preloadable(() =>
    import('../features/not-found/not-found-page').then((m) => m.NotFoundPage),
  ),
};

export const lazyPages: PageComponents = {
  HomePage: pages.HomePage.Component,
  IndicatorPage: pages.IndicatorPage.Component,
  EmbedPage: pages.EmbedPage.Component,
  SourcePage: pages.SourcePage.Component,
  TimelinePage: pages.TimelinePage.Component,
  ChecksPage: pages.ChecksPage.Component,
  RecommendationsPage: pages.RecommendationsPage.Component,
  DataCataloguePage: pages.DataCataloguePage.Component,
  NotFoundPage: pages.NotFoundPage.Component,
};

export function preloadPage(name: PageName): Promise<void> {
  return pages[name].preload();
}
