import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startStaticServer } from '../../../scripts/bench/static-server';

const root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
mkdirSync(path.join(root, 'kk'));
writeFileSync(path.join(root, 'index.html'), 'home');
writeFileSync(path.join(root, 'kk/index.html'), 'kk home');
writeFileSync(path.join(root, 'checks.html'), 'checks');
writeFileSync(path.join(root, '404.html'), 'not found');

let url = '';
let server: Server | undefined;
beforeAll(async () => {
  ({ url, server } = await startStaticServer(root, { '/__floor__/x': 'floor' }));
});
afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Status and body, over node:http (the tests' MSW answers fetch). */
const get = (pathname: string): Promise<[number, string]> =>
  new Promise((resolve, reject) => {
    httpGet(`${url}${pathname}`, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const gzipped = response.headers['content-encoding'] === 'gzip';
        resolve([response.statusCode ?? 0, (gzipped ? gunzipSync(body) : body).toString()]);
      });
    }).on('error', reject);
  });

describe('the benchmark’s static host', () => {
  it.each([
    ['/', 200, 'home'],
    ['/kk/', 200, 'kk home'],
    ['/checks', 200, 'checks'],
    ['/checks.html', 200, 'checks'],
    ['/__floor__/x', 200, 'floor'],
    // A folder without its slash: no redirect here, so "not found", as on a host without one.
    ['/kk', 404, 'not found'],
    ['/no-such-page', 404, 'not found'],
    ['/checks/', 404, 'not found'],
  ] as const)('answers %s with %i', async (pathname, status, body) => {
    expect(await get(pathname)).toEqual([status, body]);
  });
});
