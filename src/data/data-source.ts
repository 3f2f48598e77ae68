import { FetchError } from './issues';

/**
 * Reads the files of the data folder by their path in it ("indicators/x.csv"). The browser
 * reads over HTTP; build scripts and tests in Node can read from disk with the same
 * parsing and validation on top.
 */
export interface DataSource {
  readText(path: string, signal?: AbortSignal): Promise<string>;
}

/** How long a single file may take before the request is abandoned as timed out. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * A data source over HTTP rooted at `dataUrl` (absolute, ending in "/"). Every path is
 * resolved against that root, never against the current page, so deep links and sub-path
 * hosting load the same files.
 */
export function httpDataSource(
  dataUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): DataSource {
  return {
    async readText(path, signal) {
      const url = new URL(path, dataUrl).href;
      const file = `data/${path}`;
      const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        const timedOut = timeout.aborted;
        throw new FetchError(
          file,
          undefined,
          timedOut
            ? `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`
            : 'the network request failed',
        );
      }
      if (!response.ok) {
        throw new FetchError(
          file,
          response.status,
          `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        );
      }
      // A static host with a single-page-app fallback answers a missing file with index.html.
      if (response.headers.get('Content-Type')?.includes('text/html')) {
        throw new FetchError(
          file,
          response.status,
          'the server sent a web page instead of the data file, so the file is probably missing',
        );
      }
      return response.text();
    },
  };
}

/** The site's data folder: `<origin><base>data/`, from Vite's configured base path. */
export function siteDataUrl(pageUrl: string, basePath: string): string {
  return new URL(`${basePath.replace(/\/?$/, '/')}data/`, pageUrl).href;
}
