import { lazy, type ComponentType, type ReactElement } from 'react';

/** How to renew each lazy component whose load failed since the last retry. */
const failed = new Set<() => void>();

/**
 * The address of the module a failed dynamic import names ("Failed to fetch dynamically
 * imported module: https://…/assets/chart-abc.js" in Chromium, "error loading dynamically
 * imported module: …" in Firefox), if it is one of this site's scripts. Safari names none.
 */
export function failedModuleUrl(error: unknown, origin: string): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const named = /https?:\/\/[^\s'"]+?\.m?js(?:\?[^\s'"]*)?(?=$|[\s'"),.;])/.exec(message)?.[0];
  if (named === undefined) return undefined;
  const url = new URL(named);
  return url.origin === origin ? url.href : undefined;
}

/** The same module under an address the browser has not seen fail. */
function freshAddress(url: string, attempt: number): string {
  const address = new URL(url);
  address.searchParams.set('retry', String(attempt));
  return address.href;
}

/** A native dynamic import of a built module's address (the build leaves it alone). */
const importAddress = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * React.lazy whose failed load can be tried again. React.lazy keeps a failed import for good,
 * so after a chunk failed to load (a dropped connection, a deploy that replaced the chunk) a
 * region's "Try again" would only rethrow the same error. Here `retryFailedLoads()` swaps a
 * failed one for a fresh lazy component, so the next render imports again. Some browsers
 * (Chromium up to at least 150) also keep a failed module for the page's lifetime and
 * answer a second import of its address with the same error without fetching it, so the
 * retry imports the module the error names under a fresh address (its own imports resolve
 * to the chunks already loaded, so nothing loads twice) and takes the component from it with
 * `pick`, as from the first; where the error names none, it imports as the first time. Only
 * on "Try again": renewing at once on failure would make React's own re-render after the
 * rejection load again, in a loop while the chunk keeps failing, and the error would never
 * reach the region. Declared once per module, like lazy.
 */
export function retryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  importFresh: (url: string) => Promise<unknown> = importAddress,
): ComponentType<P> {
  let attempt = 0;
  const create = (retryUrl?: string): ComponentType<P> =>
    lazy(() =>
      // The module at a fresh address is the one `load` imports, so it has the same shape.
      (retryUrl === undefined
        ? load()
        : (importFresh(freshAddress(retryUrl, attempt)) as Promise<M>)
      )
        .then((module) => ({ default: pick(module) }))
        .catch((error: unknown) => {
          const named = failedModuleUrl(error, window.location.origin);
          // The address as first requested, so that each retry gets one fresh query string.
          const base = named === undefined ? retryUrl : stripRetry(named);
          failed.add(() => {
            attempt += 1;
            current = create(base);
          });
          throw error;
        }),
    );
  let current = create();
  return function RetryableLazy(props: P): ReactElement {
    const Current = current;
    return <Current {...props} />;
  };
}

function stripRetry(url: string): string {
  const address = new URL(url);
  address.searchParams.delete('retry');
  return address.href;
}

/** Lets every lazy component whose load failed load again on its next render ("Try again"). */
export function retryFailedLoads(): void {
  const renewals = [...failed];
  failed.clear();
  for (const renew of renewals) renew();
}
