import { describe, expect, it } from 'vitest';
import { withAppScriptsAfterContent } from '../../../scripts/prerender/app-scripts-last';

// The head as Vite writes it into dist/index.html, and a prerendered body.
const entry = '<script type="module" crossorigin src="/assets/index-abc.js"></script>';
const preloads = [
  '<link rel="modulepreload" crossorigin href="/assets/language-1.js">',
  '<link rel="modulepreload" crossorigin href="/assets/theme-2.js">',
];
const state = '<script type="application/json" id="query-state">{"a":"</body>"}</script>';
const page = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <title>Deaths</title>',
  `    ${entry}`,
  ...preloads.map((tag) => `    ${tag}`),
  '    <style>body{margin:0}</style>',
  '  </head>',
  '  <body>',
  `    <div id="root"><h1>Deaths</h1></div>${state}`,
  '  </body>',
  '</html>',
  '',
].join('\n');

describe('withAppScriptsAfterContent', () => {
  const moved = withAppScriptsAfterContent(page);
  const head = moved.slice(0, moved.indexOf('</head>'));

  it('takes the module script and its preloads out of the head', () => {
    expect(head).not.toContain('<script');
    expect(head).not.toContain('modulepreload');
    expect(head).toContain('<style>body{margin:0}</style>');
  });

  it('puts them, in their order, after the content and the data, before </body>', () => {
    const tail = moved.slice(moved.indexOf(state) + state.length, moved.lastIndexOf('</body>'));
    expect(tail.trim().split(/\n\s*/)).toEqual([entry, ...preloads]);
  });

  it('changes nothing else', () => {
    const strip = (html: string) =>
      [entry, ...preloads].reduce((rest, tag) => rest.replace(tag, ''), html).replace(/\s+/g, ' ');
    expect(strip(moved)).toBe(strip(page));
  });

  it('puts them before a stylesheet linked at the end of the body, which Chromium would request first', () => {
    const sheet = '<link rel="stylesheet" crossorigin href="/assets/index-1.css">';
    const linked = withAppScriptsAfterContent(page.replace(state, `${state}\n  ${sheet}`));
    const tail = linked.slice(linked.indexOf(state) + state.length, linked.lastIndexOf('</body>'));
    expect(tail.trim().split(/\n\s*/)).toEqual([entry, ...preloads, sheet]);
  });

  it('refuses a page whose head has no module script', () => {
    expect(() => withAppScriptsAfterContent(page.replace(entry, ''))).toThrow(/no module script/);
  });
});
