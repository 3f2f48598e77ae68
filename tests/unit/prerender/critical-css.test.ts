import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { criticalCss } from '../../../scripts/prerender/critical-css';

// A built site's stylesheet, under a base path, as Vite links it from the page's head.
const stylesheet = [
  ':root{--text:#111}',
  ":root[data-theme='dark']{--text:#eee}",
  '.title{font-size:2rem}',
  '.tooltip{position:absolute}',
  '.button:hover{color:red}',
  '@media (min-width:40rem){.title{font-size:3rem}.sidebar{float:left}}',
].join('');
const distDir = mkdtempSync(path.join(tmpdir(), 'critical-css-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
mkdirSync(path.join(distDir, 'assets'));
writeFileSync(path.join(distDir, 'assets/index-abc.css'), stylesheet);
const link = '<link rel="stylesheet" crossorigin href="/base/assets/index-abc.css">';
const page = `<!doctype html><html><head><title>T</title>${link}</head><body><div id="root"><h1 class="title">T</h1><button class="button">B</button></div></body></html>`;

describe('criticalCss', () => {
  const processed = criticalCss(distDir, '/base/')(page);

  it('inlines in the head only the rules that match the page, and the root element’s', async () => {
    const html = await processed;
    const inlined = /<head>.*<style>(.*?)<\/style>.*<\/head>/s.exec(html)?.[1] ?? '';
    expect(inlined).toContain('.title{font-size:2rem}');
    expect(inlined).toContain('.title{font-size:3rem}');
    expect(inlined).toContain('.button:hover');
    // Set by script on an embed (?theme=dark), so never in the prerendered markup.
    expect(inlined).toContain("data-theme='dark'");
    expect(inlined).not.toContain('.tooltip');
    expect(inlined).not.toContain('.sidebar');
  });

  it('links the whole stylesheet at the end of the body, without an inline handler', async () => {
    const html = await processed;
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('rel="stylesheet"');
    expect(html).toMatch(
      /<\/div><link rel="stylesheet"[^>]*href="\/base\/assets\/index-abc\.css"[^>]*><\/body>/,
    );
    // The Content-Security-Policy forbids inline handlers (`media="print" onload=…`).
    expect(html).not.toContain('onload');
    expect(html).not.toContain('media="print"');
  });

  it('leaves the body as a browser parses it unchanged: chart SVG, embed code, page data', async () => {
    // What the prerendered pages carry that a serialiser could alter: an SVG with empty and
    // camel-cased elements, escaped text in a textarea, the query state's JSON, a no-break space.
    const body = [
      '<div id="root"><h1 class="title">Deaths &amp; suicides&nbsp;2023</h1>',
      '<svg viewBox="0 0 340 240" style="width: 100%"><title></title><desc></desc>',
      '<clipPath id="c"><rect width="10" height="10"></rect></clipPath>',
      '<g class="recharts-layer"><path d="M0,0L10,10" data-mark="a&quot;b"></path></g></svg>',
      '<textarea readonly="">&lt;iframe src="https://x.example/embed/a?b=1&amp;c=2"&gt;&lt;/iframe&gt;</textarea>',
      '</div><script type="application/json" id="query-state">{"a":"\\u003c/script>","b":"x &amp; y"}</script>',
    ].join('');
    const before = `<!doctype html><html><head>${link}</head><body>${body}</body></html>`;
    const after = await criticalCss(distDir, '/base/')(before);
    const parsedBody = (html: string): string => {
      const { document } = new JSDOM(html).window;
      document.querySelector('body > link[rel="stylesheet"]')?.remove();
      return document.body.innerHTML;
    };
    expect(parsedBody(after)).toBe(parsedBody(before));
  });
});
