import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  WITHOUT_SCRIPTS,
  withoutScripts,
  withoutScriptsPages,
} from '../../../scripts/bench/without-scripts';

const page = (head: string, bodyEnd: string) =>
  `<!doctype html><html><head><meta charset="UTF-8"><title>Tödliche «Fälle»</title>${head}<style>p{color:red}</style></head>` +
  `<body><div id="root"><h1>Deaths</h1><svg><path data-mark="1" d="M0 0"/></svg></div>` +
  `<script type="application/json" id="query-state">{"a":"<\\/p>"}</script>${bodyEnd}</body></html>`;

describe(withoutScripts, () => {
  it('cuts the app’s module script and preloads, byte for byte, and keeps everything else', () => {
    const built = page(
      '',
      '\n<script type="module" crossorigin src="/assets/index.js"></script>' +
        '\n<link rel="modulepreload" crossorigin href="/assets/a.js">' +
        '\n<link rel="stylesheet" crossorigin href="/assets/index.css">',
    );
    expect(withoutScripts(built)).toBe(
      page('', '\n\n\n<link rel="stylesheet" crossorigin href="/assets/index.css">'),
    );
  });

  it('cuts an inline script in the head (the embed’s theme line)', () => {
    const built = page(
      '<script>document.documentElement.dataset.theme="dark"</script>',
      '<script type="module" src="/assets/embed.js"></script>',
    );
    expect(withoutScripts(built)).toBe(page('', ''));
  });

  it('refuses a page with no script to cut, which is not a built page of the app', () => {
    expect(() => withoutScripts(page('', ''))).toThrow('a built page without any script to cut');
  });
});

describe(withoutScriptsPages, () => {
  const distDir = mkdtempSync(path.join(tmpdir(), 'without-scripts-'));
  mkdirSync(path.join(distDir, 'embed'));
  writeFileSync(path.join(distDir, 'index.html'), page('', '<script src="/a.js"></script>'));
  writeFileSync(path.join(distDir, 'embed/x.html'), page('<script>1</script>', ''));
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));

  it('serves each page’s copy at its own path under the copies’ prefix', () => {
    expect(withoutScriptsPages(distDir, ['/', '/embed/x'])).toEqual({
      [`${WITHOUT_SCRIPTS}/`]: page('', ''),
      [`${WITHOUT_SCRIPTS}/embed/x`]: page('', ''),
    });
  });

  it('names a page that was not built', () => {
    expect(() => withoutScriptsPages(distDir, ['/embed/y'])).toThrow(
      /\/embed\/y: no built page at .*embed\/y\.html, so no such page to measure/,
    );
  });
});
