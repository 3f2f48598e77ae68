import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` answers every unknown GET with index.html (SPA fallback), so a missing
 * data file would come back as "200 text/html". A static host answers 404. This plugin
 * restores that for paths that look like files (last segment has an extension), so the
 * app's handling of a missing file is tested as it will meet it in production.
 */
export function missingFilesAre404(): Plugin {
  return {
    name: 'e2e-missing-files-are-404',
    apply: 'serve',
    configurePreviewServer(server) {
      const base = server.config.base;
      const distDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '').split(/[?#]/)[0] ?? '';
        const lastSegment = pathname.split('/').pop() ?? '';
        if (!pathname.startsWith(base) || !lastSegment.includes('.')) return next();
        let relative: string;
        try {
          relative = decodeURIComponent(pathname.slice(base.length));
        } catch {
          return next();
        }
        const file = path.resolve(distDir, relative);
        const inside = file.startsWith(distDir + path.sep);
        if (inside && existsSync(file) && statSync(file).isFile()) return next();
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end('Not found');
      });
    },
  };
}
