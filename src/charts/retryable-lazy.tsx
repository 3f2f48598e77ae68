import { lazy, type ComponentType, type ReactElement } from 'react';

/** How to renew each lazy component whose load failed since the last retry. */
const failed = new Set<() => void>();

/**
 * React.lazy whose failed load can be tried again. React.lazy keeps a failed import for good,
 * so after a chunk failed to load (a dropped connection, a deploy that replaced the chunk) a
 * region's "Try again" would only rethrow the same error. Here `retryFailedLoads()` swaps a
 * failed one for a fresh lazy component, so the next render imports again (browsers fetch a
 * module again after a failed dynamic import). Only then: renewing at once on failure would
 * make React's own re-render after the rejection load again, in a loop while the chunk keeps
 * failing, and the error would never reach the region. Declared once per module, like lazy.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const create = (): ComponentType<P> =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed.add(renew);
        throw error;
      }),
    );
  let current = create();
  function renew(): void {
    current = create();
  }
  return function RetryableLazy(props: P): ReactElement {
    const Current = current;
    return <Current {...props} />;
  };
}

/** Lets every lazy component whose load failed load again on its next render ("Try again"). */
export function retryFailedLoads(): void {
  for (const renew of failed) renew();
  failed.clear();
}
