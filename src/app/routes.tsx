import type { ReactElement, ReactNode } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';
import { Layout } from './layout';
import { PageBoundary } from './page-boundary';
import { ROUTE_TABLE, type PageComponents, type PageName } from './route-table';

/** One error boundary per route, reset on navigation, so a crash never blanks the site. */
function RouteBoundary({ children }: { children: ReactNode }): ReactElement {
  const { pathname } = useLocation();
  return <PageBoundary resetKey={pathname}>{children}</PageBoundary>;
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
