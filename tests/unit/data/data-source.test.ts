import { afterEach, describe, expect, it, vi } from 'vitest';
import { FETCH_TIMEOUT_MS, httpDataSource, siteDataUrl } from '../../../src/data/data-source';
import { FetchError } from '../../../src/data/issues';

const DATA_URL = 'https://example.org/kz/data/';

/** A stand-in for fetch that records its calls and answers with `respond`. */
function fakeFetch(respond: (url: string, init: RequestInit | undefined) => Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    return respond(url, init);
  }) as typeof fetch;
  return { impl, calls };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(httpDataSource, () => {
  it('resolves the path against the data folder and returns the body on 200', async () => {
    const fetch = fakeFetch(async () => new Response('source,indicator\n', { status: 200 }));
    const text = await httpDataSource(DATA_URL, fetch.impl).readText(
      'indicators/prison-mortality.csv',
    );
    expect(text).toBe('source,indicator\n');
    expect(fetch.calls.map((c) => c.url)).toEqual([
      'https://example.org/kz/data/indicators/prison-mortality.csv',
    ]);
    expect(fetch.calls[0]?.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('404: throws a FetchError with the status and a message naming the file', async () => {
    const fetch = fakeFetch(async () => new Response('', { status: 404, statusText: 'Not Found' }));
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl).readText('indicators/missing.csv'),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      name: 'FetchError',
      file: 'data/indicators/missing.csv',
      status: 404,
      message: 'Could not load data/indicators/missing.csv: the server answered 404 Not Found',
    });
  });

  it('5xx without a status text: the status alone', async () => {
    const fetch = fakeFetch(async () => new Response('', { status: 503 }));
    const error = await rejection(httpDataSource(DATA_URL, fetch.impl).readText('topics.json'));
    expect(error).toMatchObject({
      file: 'data/topics.json',
      status: 503,
      message: 'Could not load data/topics.json: the server answered 503',
    });
  });

  it('a web page instead of the file (single-page-app fallback): a FetchError', async () => {
    const fetch = fakeFetch(
      async () =>
        new Response('<!doctype html><title>Dashboard</title>', {
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        }),
    );
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl).readText('indicators/missing.csv'),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      file: 'data/indicators/missing.csv',
      status: 200,
      message:
        'Could not load data/indicators/missing.csv: the server sent a web page instead of the data file, so the file is probably missing',
    });
  });

  it('reads a CSV served as text/csv', async () => {
    const fetch = fakeFetch(
      async () => new Response('a,b\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
    );
    await expect(httpDataSource(DATA_URL, fetch.impl).readText('indicators/x.csv')).resolves.toBe(
      'a,b\n',
    );
  });

  it('a network failure: a FetchError without status', async () => {
    const fetch = fakeFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl).readText('datapackage.json'),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      file: 'data/datapackage.json',
      status: undefined,
      message: 'Could not load data/datapackage.json: the network request failed',
    });
  });

  it('a time-out: a FetchError saying how long it waited', async () => {
    const timeout = new AbortController();
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      expect(ms).toBe(FETCH_TIMEOUT_MS);
      return timeout.signal;
    });
    const fetch = fakeFetch(async () => {
      timeout.abort(new DOMException('timed out', 'TimeoutError'));
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    const error = await rejection(httpDataSource(DATA_URL, fetch.impl).readText('topics.json'));
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      status: undefined,
      message: `Could not load data/topics.json: no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`,
    });
  });

  it('a shorter time-out through the factory: the message says how long it waited', async () => {
    const fetch = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl, { timeoutMs: 20 }).readText('events.csv'),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      status: undefined,
      message: 'Could not load data/events.csv: no answer within 0.02 seconds',
    });
  });

  it('a body that breaks off: a FetchError without status, so it is retried', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('source,indicator\nkz-cat'));
        controller.error(new TypeError('terminated'));
      },
    });
    const fetch = fakeFetch(async () => new Response(body, { status: 200 }));
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl).readText('indicators/x.csv'),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      status: undefined,
      message:
        'Could not load data/indicators/x.csv: the connection broke off before the whole file arrived',
    });
  });

  it('a body that stalls past the time-out: the time-out message', async () => {
    const fetch = fakeFetch(async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('source,'));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200 });
    });
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl, { timeoutMs: 20 }).readText('topics.json'),
    );
    expect(error).toMatchObject({
      status: undefined,
      message: 'Could not load data/topics.json: no answer within 0.02 seconds',
    });
  });

  it('a JSON file labelled application/octet-stream is read (the validators judge it)', async () => {
    const fetch = fakeFetch(
      async () => new Response('[]', { headers: { 'Content-Type': 'application/octet-stream' } }),
    );
    await expect(httpDataSource(DATA_URL, fetch.impl).readText('topics.json')).resolves.toBe('[]');
  });

  it('a cancelled request: rethrows the abort, which is not a load failure', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const fetch = fakeFetch(async () => {
      controller.abort();
      throw abort;
    });
    const error = await rejection(
      httpDataSource(DATA_URL, fetch.impl).readText('topics.json', controller.signal),
    );
    expect(error).toBe(abort);
    expect(error).not.toBeInstanceOf(FetchError);
  });

  it("passes the caller's cancellation on to fetch", async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const fetch = fakeFetch(async (_url, init) => {
      seen = init?.signal ?? undefined;
      return new Response('[]');
    });
    await httpDataSource(DATA_URL, fetch.impl).readText('topics.json', controller.signal);
    expect(seen?.aborted).toBe(false);
    controller.abort();
    expect(seen?.aborted).toBe(true);
  });
});

describe(siteDataUrl, () => {
  it.each<[string, string, string]>([
    ['http://localhost:3000/', '/', 'http://localhost:3000/data/'],
    ['http://localhost:3000/indicators/prison-mortality', '/', 'http://localhost:3000/data/'],
    [
      'https://example.org/kz/indicators/cell-confinement?tab=table',
      '/kz/',
      'https://example.org/kz/data/',
    ],
    ['https://example.org/kz/', '/kz', 'https://example.org/kz/data/'],
    ['https://example.org/kz/embed/x#chart', '/kz/', 'https://example.org/kz/data/'],
  ])('%s with base %s → %s', (pageUrl, basePath, expected) => {
    expect(siteDataUrl(pageUrl, basePath)).toBe(expected);
  });
});
