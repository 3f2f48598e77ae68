import { createElement, useState, type ComponentType, type ReactElement } from 'react';
import { retryableLazy } from '../ui/retryable-lazy';
import type { PageComponents, PageName } from './route-table';

interface PreloadablePage {
  Component: ComponentType;
  preload: () => Promise<void>;
}

/**
 * A lazily loaded page that renders without suspending once preloaded. The browser preloads
 * the current page's chunk before hydrating, so hydration never waits on a chunk, and no
 * click on the prerendered page is lost meanwhile. A page whose chunk fails to load on the
 * way to it loads again from the page boundary's "Try again" (retryableLazy).
 */
function preloadable<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): PreloadablePage {
  let loaded: ComponentType | undefined;
  const Lazy = retryableLazy(load, (module) => (loaded = pick(module)));
  function Page(): ReactElement {
    // Chosen once per mounted page: switching from Lazy to the loaded component on a later
    // render (a hash or search change) would change the element type and remount the page.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return createElement(Component);
  }
  return {
    Component: Page,
    preload: async () => {
      loaded ??= pick(await load());
    },
  };
}

// One chunk per page: a route loads only its own code (the embed, the lightest, none of the
// site's pages).
const pages: Record<PageName, PreloadablePage> = {
  HomePage: preloadable(
    () => import('../features/home/home-page'),
    (m) => m.HomePage,
  ),
  IndicatorPage: preloadable(
    () => import('../features/indicator/indicator-page'),
    (m) => m.IndicatorPage,
  ),
  EmbedPage: preloadable(
    () => import('../features/embed/embed-route'),
    (m) => m.EmbedRoute,
  ),
  SourcePage: preloadable(
    () => import('../features/source/source-page'),
    (m) => m.SourcePage,
  ),
  TimelinePage: preloadable(
    () => import('../features/timeline/timeline-page'),
    (m) => m.TimelinePage,
  ),
  ChecksPage: preloadable(
    () => import('../features/checks/checks-page'),
    (m) => m.ChecksPage,
  ),
  DataCataloguePage: preloadable(
    () => import('../features/data-catalogue/data-catalogue-page'),
    (m) => m.DataCataloguePage,
  ),
  RecommendationsPage: preloadable(
    () => import('../features/recommendations/recommendations-page'),
    (m) => m.RecommendationsPage,
  ),
  AboutPage: preloadable(
    () => import('../features/about/about-page'),
    (m) => m.AboutPage,
  ),
  NotFoundPage: preloadable(
    () => import('../features/not-found/not-found-page'),
    (m) => m.NotFoundPage,
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
  AboutPage: pages.AboutPage.Component,
  NotFoundPage: pages.NotFoundPage.Component,
};

export function preloadPage(name: PageName): Promise<void> {
  return pages[name].preload();
}
