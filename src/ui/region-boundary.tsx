import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorPanel } from './error-panel';

export interface RegionBoundaryProps {
  /** What the region shows, as the message's subject: "The chart" could not be shown. */
  title: string;
  /** Values whose change clears the error, e.g. the series a chart draws. */
  resetKeys?: unknown[];
  /** Runs before the region renders again, e.g. to let a chunk that failed load again. */
  onReset?: () => void;
  children: ReactNode;
}

/**
 * Contains a render error (a chart that throws, a chunk that fails to load) to one region
 * of a page: the region shows what failed with "Try again", and the rest of the page keeps
 * working. The route's own boundary would blank the whole page instead.
 *
 * "Try again" renders the region afresh. Inside QueryErrorResetBoundary, so that a query the
 * region reads with `throwOnError` or suspense is fetched again rather than rethrowing its
 * cached error at once; queries that report their errors in place are not affected.
 */
export function RegionBoundary({
  title,
  resetKeys,
  onReset,
  children,
}: RegionBoundaryProps): ReactElement {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={() => {
            onReset?.();
            reset();
          }}
          resetKeys={resetKeys}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <ErrorPanel
              title={title}
              message={error instanceof Error ? error.message : String(error)}
              onRetry={resetErrorBoundary}
            />
          )}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
