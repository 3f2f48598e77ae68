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

export interface HttpDataSourceOptions {
  /** The time-out per file, in milliseconds; tests shorten it rather than wait 15 s. */
  timeoutMs?: number;
}

/**
 * A data source over HTTP rooted at `dataUrl` (absolute, ending in "/"). Every path is
 * resolved against that root, never against the current page, so deep links and sub-path
 * hosting load the same files.
 */
export function httpDataSource(
  dataUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  { timeoutMs = FETCH_TIMEOUT_MS }: HttpDataSourceOptions = {},
): DataSource {
  const noAnswer = `no answer within ${formatSeconds(timeoutMs)}`;
  return {
    async readText(path, signal) {
      const url = new URL(path, dataUrl).href;
      const file = `data/${path}`;
      // One budget for the headers and the body: a server that stalls mid-file times out too.
      const timeout = AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new FetchError(
          file,
          undefined,
          timeout.aborted ? noAnswer : 'the network request failed',
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
      // Only HTML is refused: hosts label CSV and JSON inconsistently (text/plain,
      // application/octet-stream …), and whatever arrives is validated, so a wrong file of
      // another type still fails with the validator's file, row and column.
      if (response.headers.get('Content-Type')?.includes('text/html')) {
        throw new FetchError(
          file,
          response.status,
          'the server sent a web page instead of the data file, so the file is probably missing',
        );
      }
      try {
        return await response.text();
      } catch (error) {
        if (signal?.aborted) throw error;
        // The headers came but the body did not: retried like a failed request (no status),
        // since a second transfer may well complete.
        throw new FetchError(
          file,
          undefined,
          timeout.aborted ? noAnswer : 'the connection broke off before the whole file arrived',
        );
      }
    },
  };
}

/** "15 seconds", "1 second", "0.5 seconds". */
function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The site's data folder: `<origin><base>data/`, from Vite's configured base path. */
export function siteDataUrl(pageUrl: string, basePath: string): string {
  return new URL(`${basePath.replace(/\/?$/, '/')}data/`, pageUrl).href;
}
