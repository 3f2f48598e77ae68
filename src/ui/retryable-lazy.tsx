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

/** What a retry needs from the browser; tests stand in for it. */
export interface ModuleLoader {
  /** Imports a built module by its address. */
  importModule: (url: string) => Promise<unknown>;
  /** Whether the server now answers for a module with the file or with "not found". */
  serverAnswers: (url: string) => Promise<boolean>;
  reloadPage: () => void;
}

const browserModuleLoader: ModuleLoader = {
  // A native dynamic import of a built module's address (the build leaves it alone).
  importModule: (url) => import(/* @vite-ignore */ url),
  serverAnswers: async (url) => {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      return response.ok || response.status === 404;
    } catch {
      return false;
    }
  },
  reloadPage: () => window.location.reload(),
};

/** Never settles: the lazy component stays "loading" while the page reloads. */
const pageReloading = (): Promise<never> => new Promise<never>(() => undefined);

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
 *
 * A fresh address cannot help when what failed was one of the module's own imports (a chunk
 * it shares with other code, which the error does not name: the browser answers for it from
 * its memory of the failure), nor when a deploy has replaced the module (not found). So when
 * the retry fails but the server answers for the module, "Try again" reloads the page, which
 * keeps the view (it is in the address). Not when the server does not answer (the
 * connection is still down): the region then says so again, and the rest of the page stays.
 */
export function retryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  loader: ModuleLoader = browserModuleLoader,
): ComponentType<P> {
  let attempt = 0;
  const loadAgain = async (url: string): Promise<M> => {
    const address = freshAddress(url, attempt);
    try {
      // The module at a fresh address is the one `load` imports, so it has the same shape.
      return (await loader.importModule(address)) as M;
    } catch (error) {
      // A module that loaded and threw is a bug, which a reload would not mend.
      const notFetched = failedModuleUrl(error, window.location.origin) !== undefined;
      if (!notFetched || !(await loader.serverAnswers(address))) throw error;
      loader.reloadPage();
      return pageReloading();
    }
  };
  const create = (retryUrl?: string): ComponentType<P> =>
    lazy(() =>
      (retryUrl === undefined ? load() : loadAgain(retryUrl))
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
