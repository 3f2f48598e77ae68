import type { ComponentType, ReactElement, ReactNode } from 'react';
import { matchRoutes, Outlet, Route, Routes, useLocation } from 'react-router';
import { EMBED_ROUTE } from './embed-path';
import { Layout } from './layout';
import { PageBoundary } from './page-boundary';

/** One error boundary per route, reset on navigation, so a crash never blanks the site. */
function RouteBoundary({ children }: { children: ReactNode }): ReactElement {
  const { pathname } = useLocation();
  return <PageBoundary resetKey={pathname}>{children}</PageBoundary>;
}

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
  NotFoundPage: ComponentType;
}

function SiteLayout(): ReactElement {
  return (
    <Layout>
      <RouteBoundary>
        <Outlet />
      </RouteBoundary>
    </Layout>
  );
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

export function AppRoutes({ pages }: { pages: PageComponents }): ReactElement {
  const element = (page: PageName): ReactElement => {
    const Page = pages[page];
    return <Page />;
  };
  return (
    <Routes>
      {ROUTE_TABLE.filter((route) => !route.siteLayout).map((route) => (
        <Route
          key={route.path}
          path={route.path}
          element={<RouteBoundary>{element(route.page)}</RouteBoundary>}
        />
      ))}
      <Route element={<SiteLayout />}>
        {ROUTE_TABLE.filter((route) => route.siteLayout).map((route) => (
          <Route key={route.path} path={route.path} element={element(route.page)} />
        ))}
      </Route>
    </Routes>
  );
}
