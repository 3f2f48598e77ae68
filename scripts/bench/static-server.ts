import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * A static host for the benchmark: serves a folder on 127.0.0.1 with gzip (as a CDN would),
 * `<path>.html` for clean URLs, a folder's index.html at its address with the slash, and
 * 404.html for anything else. Extra pages can be served from memory (the static floor).
 */
export async function startStaticServer(
  root: string,
  extra: Record<string, string> = {},
  mounts: Record<string, string> = {},
): Promise<{ url: string; server: Server }> {
  const cache = new Map<string, { body: Buffer; type: string }>();
  const resolve = (pathname: string): string | undefined => {
    const clean = decodeURIComponent(pathname).replace(/\/+$/, '') || '/';
    // Other folders mounted at a path prefix (e.g. the peer-library pages at /peers/).
    const mount = Object.entries(mounts).find(([prefix]) => clean.startsWith(prefix));
    const base = mount ? mount[1] : root;
    const relative = mount ? clean.slice(mount[0].length) : clean.slice(1);
    // A folder's address ends in a slash; without it, a host redirects or answers 404.
    const candidates =
      relative === ''
        ? ['index.html']
        : pathname.endsWith('/')
          ? [path.join(relative, 'index.html')]
          : [relative, `${relative}.html`];
    return candidates
      .map((c) => path.join(base, c))
      .find((file) => file.startsWith(base) && existsSync(file) && statSync(file).isFile());
  };

  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    let entry = cache.get(pathname);
    if (!entry) {
      const inMemory = extra[pathname];
      const file = inMemory === undefined ? resolve(pathname) : undefined;
      if (inMemory === undefined && !file) {
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        const notFound = path.join(root, '404.html');
        response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
        return;
      }
      const raw = inMemory === undefined ? readFileSync(file ?? '') : Buffer.from(inMemory);
      entry = {
        body: gzipSync(raw, { level: 6 }),
        type:
          file === undefined
            ? TYPES['.html']!
            : (TYPES[path.extname(file)] ?? 'application/octet-stream'),
      };
      cache.set(pathname, entry);
    }
    response.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Encoding': 'gzip',
      'Cache-Control': 'no-store',
    });
    response.end(entry.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
