import { Suspense, type ReactElement, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../ui/error-panel';
import { Loading } from '../ui/loading';
import { retryFailedLoads } from '../ui/retryable-lazy';

export interface PageBoundaryProps {
  /** The boundary resets when this changes (the router passes the path). */
  resetKey?: string;
  children: ReactNode;
}

/** Around each page: a crash shows a message with a retry instead of blanking the site. */
export function PageBoundary({ resetKey, children }: PageBoundaryProps): ReactElement {
  const { t } = useTranslation('common');
  return (
    <ErrorBoundary
      resetKeys={[resetKey]}
      // A page whose code failed to load (a link followed on a dropped connection) loads again.
      onReset={retryFailedLoads}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <ErrorPanel
          title={t('routeBoundary.thisPage')}
          message={error instanceof Error ? error.message : String(error)}
          onRetry={resetErrorBoundary}
        />
      )}
    >
      <Suspense fallback={<Loading label={t('routeBoundary.loading')} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
