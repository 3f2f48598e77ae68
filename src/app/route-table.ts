import type { ComponentType } from 'react';
import { matchRoutes } from 'react-router';
import { EMBED_ROUTE } from './embed-path';

/** The page components, eager on the server and lazy (one chunk each) in the browser. */
export interface PageComponents {
  HomePage: ComponentType;
  IndicatorPage: ComponentType;
  EmbedPage: ComponentType;
  SourcePage: ComponentType;
  TimelinePage: ComponentType;
  ChecksPage: ComponentType;
  RecommendationsPage: ComponentType;
  DataCataloguePage: ComponentType;
  AboutPage: ComponentType;
  NotFoundPage: ComponentType;
}

export type PageName = keyof PageComponents;

/** The routes, as data: the router, the prerender and the pre-hydration preload read it. */
export const ROUTE_TABLE: readonly { path: string; page: PageName; siteLayout: boolean }[] = [
  { path: EMBED_ROUTE, page: 'EmbedPage', siteLayout: false },
  { path: '/', page: 'HomePage', siteLayout: true },
  { path: '/indicators/:id', page: 'IndicatorPage', siteLayout: true },
  { path: '/source', page: 'SourcePage', siteLayout: true },
  { path: '/timeline', page: 'TimelinePage', siteLayout: true },
  { path: '/checks', page: 'ChecksPage', siteLayout: true },
  { path: '/recommendations', page: 'RecommendationsPage', siteLayout: true },
  { path: '/data', page: 'DataCataloguePage', siteLayout: true },
  { path: '/about', page: 'AboutPage', siteLayout: true },
  { path: '*', page: 'NotFoundPage', siteLayout: true },
];

/** Which page renders a path (relative to the base path). */
export function pageForPath(pathname: string): PageName {
  const matches = matchRoutes(
    ROUTE_TABLE.map(({ path }, index) => ({ path, id: String(index) })),
    pathname,
  );
  const index = Number(matches?.at(-1)?.route.id ?? ROUTE_TABLE.length - 1);
  return ROUTE_TABLE[index]?.page ?? 'NotFoundPage';
}
