import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import {
  DEFAULT_FLOOR,
  floorPage,
  floorPages,
  floorPathFor,
} from '../../../scripts/bench/floor-page';

const root = mkdtempSync(path.join(tmpdir(), 'floor-page-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'bench'));
copyFileSync(
  path.resolve(import.meta.dirname, '../../../bench/floor.html'),
  path.join(root, 'bench/floor.html'),
);
mkdirSync(path.join(root, 'dist/indicators'), { recursive: true });

const svg = (name: string) =>
  `<svg class="recharts-surface" viewBox="0 0 10 10"><path data-mark="1" d="M0 0" name="${name}"/></svg>`;
const panel = (title: string, name: string) =>
  `<div class="target-panel"><p class="panel-title">${title}</p><div class="recharts-wrapper">${svg(name)}</div></div>`;
/** A built indicator page: its narrow and wide drawings, and a legend swatch (an svg too). */
const builtPage = (heading: string, wide: string) =>
  `<!doctype html><html><head><title>x</title></head><body><h1>${heading}</h1>` +
  `<label><svg width="28" height="14"><line x1="0" x2="28"/></svg>Series</label>` +
  `<div class="chart-static"><div class="static-variant static-narrow">${svg('narrow')}</div>` +
  `<div class="static-variant static-wide">${wide}</div></div></body></html>`;
const writeBuilt = (id: string, html: string) =>
  writeFileSync(path.join(root, 'dist/indicators', `${id}.html`), html);

writeBuilt('prison-mortality', builtPage('Deaths and suicides in prisons', svg('deaths')));
writeBuilt(
  'cell-confinement',
  builtPage(
    'Inmates held in cells &amp; &lt;not&gt; barracks',
    `<div class="target-panels">${panel('Share &lt;of&gt; &amp; target', 'share')}${panel('Inmates', 'persons')}</div>`,
  ),
);

const parse = (html: string) => new JSDOM(html).window.document;

describe(floorPathFor, () => {
  it('gives an indicator page and its embed the floor of their own chart', () => {
    expect(floorPathFor('/indicators/cell-confinement')).toBe('/__floor__/cell-confinement');
    expect(floorPathFor('/embed/cell-confinement')).toBe('/__floor__/cell-confinement');
  });

  it('gives pages without an indicator of their own the deaths chart the peers draw', () => {
    expect(floorPathFor('/')).toBe(DEFAULT_FLOOR);
    expect(floorPathFor('/peers/chartjs')).toBe(DEFAULT_FLOOR);
    expect(floorPathFor('/indicators/a/b')).toBe(DEFAULT_FLOOR);
  });
});

describe(floorPage, () => {
  it('holds the page’s heading and its wide chart, and nothing else of the page', () => {
    const floor = parse(floorPage(root, 'prison-mortality'));
    expect(floor.querySelector('h1')?.textContent).toBe('Deaths and suicides in prisons');
    expect(floor.title).toBe('Static floor: Deaths and suicides in prisons');
    const names = [...floor.querySelectorAll('figure svg path')].map((p) => p.getAttribute('name'));
    expect(names).toEqual(['deaths']);
    expect(floor.querySelectorAll('svg')).toHaveLength(1);
  });

  it('holds every panel of a target chart, each under its title, with text kept as text', () => {
    const floor = parse(floorPage(root, 'cell-confinement'));
    expect(floor.querySelector('h1')?.textContent).toBe('Inmates held in cells & <not> barracks');
    const figure = floor.querySelector('figure');
    expect(
      [...(figure?.children ?? [])].map((node) =>
        node.localName === 'p'
          ? node.textContent
          : node.querySelector('path')?.getAttribute('name'),
      ),
    ).toEqual(['Share <of> & target', 'share', 'Inmates', 'persons']);
  });

  it('refuses a built page without a prerendered chart, naming it', () => {
    writeBuilt('no-chart', builtPage('Nothing drawn', ''));
    expect(() => floorPage(root, 'no-chart')).toThrow(
      'no prerendered chart in dist/indicators/no-chart.html',
    );
  });
});

describe(floorPages, () => {
  it('serves each floor at its path, one per chart however many pages share it', () => {
    const pagePaths = [
      '/indicators/prison-mortality',
      '/embed/prison-mortality',
      '/embed/cell-confinement',
    ];
    const floors = floorPages(root, [...new Set(pagePaths.map(floorPathFor))]);
    expect(Object.keys(floors)).toEqual([
      '/__floor__/prison-mortality',
      '/__floor__/cell-confinement',
    ]);
    expect(floors['/__floor__/cell-confinement']).toBe(floorPage(root, 'cell-confinement'));
    expect(floors['/__floor__/prison-mortality']).toBe(floorPage(root, 'prison-mortality'));
  });
});
