import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
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
    return createElement(loaded ?? Lazy);
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
  EmbedPage: preloadable(() => import('../features/embed/embed-page').then((m) => m.EmbedPage)),
  NotFoundPage: preloadable(() =>
    import('../features/not-found/not-found-page').then((m) => m.NotFoundPage),
  ),
};

export const lazyPages: PageComponents = {
  HomePage: pages.HomePage.Component,
  IndicatorPage: pages.IndicatorPage.Component,
  EmbedPage: pages.EmbedPage.Component,
  NotFoundPage: pages.NotFoundPage.Component,
};

export function preloadPage(name: PageName): Promise<void> {
  return pages[name].preload();
}
