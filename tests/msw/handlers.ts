import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

/** Where the app fetches data in tests: jsdom's page URL (vitest.config.ts) + base "/" + "data/". */
export const DATA_URL = 'http://localhost:3000/data/';
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

const MEDIA_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

/** Serves the committed data/ folder (or a fixture folder) as the static host would. */
export function serveDataDirectory(directory: string = DATA_DIR): HttpHandler {
  return http.get(`${DATA_URL}*`, async ({ request }) => {
    const relative = decodeURIComponent(new URL(request.url).pathname.replace(/^\/data\//, ''));
    const file = path.resolve(directory, relative);
    if (!file.startsWith(directory + path.sep))
      return new HttpResponse('Forbidden', { status: 403 });
    try {
      const body = await readFile(file, 'utf8');
      return new HttpResponse(body, {
        headers: { 'Content-Type': MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return new HttpResponse('Not found', { status: 404, statusText: 'Not Found' });
    }
  });
}

/** Replaces one data file's content, e.g. with a malformed CSV. */
export function serveText(
  relativePath: string,
  body: string,
  contentType = 'text/csv',
): HttpHandler {
  return http.get(
    `${DATA_URL}${relativePath}`,
    () => new HttpResponse(body, { headers: { 'Content-Type': contentType } }),
  );
}

/** Answers one data file with an HTTP error status. */
export function serveStatus(relativePath: string, status: number, statusText: string): HttpHandler {
  return http.get(
    `${DATA_URL}${relativePath}`,
    () => new HttpResponse(statusText, { status, statusText }),
  );
}

/** Fails a file `times` times with a 500, then lets the request through to the other handlers. */
export function failThenPass(relativePath: string, times: number): HttpHandler {
  let failures = 0;
  return http.get(`${DATA_URL}${relativePath}`, () => {
    if (failures >= times) return undefined;
    failures += 1;
    return new HttpResponse('Internal Server Error', {
      status: 500,
      statusText: 'Internal Server Error',
    });
  });
}

/** Holds one data file's request until `gate` settles, then lets it through to the other handlers. */
export function holdUntil(relativePath: string, gate: Promise<void>): HttpHandler {
  return http.get(`${DATA_URL}${relativePath}`, async () => {
    await gate;
    return undefined;
  });
}

/** Never answers one data file, like a server that accepts the request and stalls. */
export function serveNothing(relativePath: string): HttpHandler {
  return http.get(`${DATA_URL}${relativePath}`, async () => {
    await delay('infinite');
    return new HttpResponse(null, { status: 204 });
  });
}

/** Fails one data file at the network level, as when the connection is refused or dropped. */
export function failNetwork(relativePath: string): HttpHandler {
  return http.get(`${DATA_URL}${relativePath}`, () => HttpResponse.error());
}
