import { cpSync, createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { zipDataFolder } from './data-zip';

const MEDIA_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the curated `data/` folder at `<base>data/` in development and copies it to
 * `<outDir>/data/` on build. The files stay files, fetched at run time, so a researcher
 * downloads exactly what the charts read; they are never bundled into the JavaScript.
 * (Vite's single `publicDir` would put them at the site root, where `indicators/` would
 * collide with the `/indicators/<id>` pages.)
 */
export function dataDirectory(dataDir: string): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'kz-data-directory',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      base = config.base;
    },
    configureServer(server) {
      const prefix = `${base}data/`;
      server.middlewares.use((request, response, next) => {
        const [url = '', query = ''] = (request.url ?? '').split('?');
        // Module imports of data files (the Table Schema, as `?import`) are Vite's to serve.
        if (!url.startsWith(prefix) || /(^|&)import\b/.test(query)) return next();
        const relative = decodeURIComponent(url.slice(prefix.length));
        // The folder itself is the data catalogue page (/data/), which the app renders.
        if (relative === '') return next();
        if (relative.endsWith('.zip')) {
          const archive = zipDataFolder(dataDir);
          if (archive.fileName === relative) {
            response.setHeader('Content-Type', 'application/zip');
            response.end(Buffer.from(archive.bytes));
            return;
          }
        }
        const file = path.resolve(dataDir, relative);
        if (!file.startsWith(dataDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        response.setHeader(
          'Content-Type',
          MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream',
        );
        createReadStream(file).pipe(response);
      });
    },
    writeBundle() {
      cpSync(dataDir, path.join(outDir, 'data'), { recursive: true });
      const archive = zipDataFolder(dataDir);
      writeFileSync(path.join(outDir, 'data', archive.fileName), archive.bytes);
    },
  };
}
