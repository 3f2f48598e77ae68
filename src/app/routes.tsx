import type { ReactElement, ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Route, Routes, useLocation } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { IndicatorPage } from '../features/indicator/indicator-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { ErrorPanel } from '../ui/error-panel';

/** One error boundary per route, reset on navigation, so a crash never blanks the site. */
function RouteBoundary({ children }: { children: ReactNode }): ReactElement {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      resetKeys={[pathname]}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <ErrorPanel
          title="This page"
          message={error instanceof Error ? error.message : String(error)}
          onRetry={resetErrorBoundary}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

export function AppRoutes(): ReactElement {
  return (
    <RouteBoundary>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/indicators/:id" element={<IndicatorPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RouteBoundary>
  );
}
