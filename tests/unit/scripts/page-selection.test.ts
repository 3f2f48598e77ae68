import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_FLOOR, floorPathFor } from '../../../scripts/bench/floor-page';
import {
  BENCH_DEFAULT_PAGES,
  everyChartPage,
  loadOrder,
  parsePagesOption,
  resolvePages,
  withoutScriptsPath,
} from '../../../scripts/bench/page-selection';

const distDir = mkdtempSync(path.join(tmpdir(), 'page-selection-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
const ids = ['prison-mortality', 'cell-confinement'];
for (const kind of ['indicators', 'embed']) {
  mkdirSync(path.join(distDir, kind));
  for (const id of ids) writeFileSync(path.join(distDir, kind, `${id}.html`), '<!doctype html>');
  // Not a page: the build writes only HTML pages there, but nothing else may be taken for one.
  writeFileSync(path.join(distDir, kind, 'notes.txt'), '');
}

describe('everyChartPage', () => {
  it('lists each indicator page and embed of the build, then the home page', () => {
    expect(everyChartPage(distDir)).toEqual([
      '/indicators/cell-confinement',
      '/indicators/prison-mortality',
      '/embed/cell-confinement',
      '/embed/prison-mortality',
      '/',
    ]);
  });

  it('refuses a build without chart pages rather than measure the home page alone', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'page-selection-empty-'));
    mkdirSync(path.join(empty, 'indicators'));
    mkdirSync(path.join(empty, 'embed'));
    try {
      expect(() => everyChartPage(empty)).toThrow(`no indicator pages or embeds in ${empty}`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('parsePagesOption and resolvePages', () => {
  it('takes the fallback without the option', () => {
    expect(resolvePages(parsePagesOption(BENCH_DEFAULT_PAGES, ['--runs', '3']), distDir)).toEqual(
      BENCH_DEFAULT_PAGES,
    );
  });

  it('takes listed paths as they are, in their order', () => {
    expect(
      resolvePages(
        parsePagesOption(BENCH_DEFAULT_PAGES, [
          '--pages',
          '/embed/cell-confinement,/checks,/indicators/prison-mortality,/peers/plot',
        ]),
        distDir,
      ),
    ).toEqual([
      '/embed/cell-confinement',
      '/checks',
      '/indicators/prison-mortality',
      '/peers/plot',
    ]);
  });

  it('refuses listed indicator pages or embeds the build does not have, naming them', () => {
    const listed = (pages: string) => () =>
      resolvePages(parsePagesOption(BENCH_DEFAULT_PAGES, ['--pages', pages]), distDir);
    expect(listed('/indicators/prison-mortality,/indicators/nope')).toThrow(
      `--pages: /indicators/nope is not in the build (${distDir})`,
    );
    expect(listed('/embed/x,/,/indicators/y')).toThrow(
      `--pages: /embed/x, /indicators/y are not in the build (${distDir})`,
    );
  });

  it('reads "all" as every chart page of the build, listed once the build is there', () => {
    const selection = parsePagesOption(BENCH_DEFAULT_PAGES, ['--pages', 'all', '--no-build']);
    expect(selection).toBe('all');
    expect(resolvePages(selection, distDir)).toEqual(everyChartPage(distDir));
  });

  it.each(['', ',', 'indicators/prison-mortality', '/a,b'])(
    'refuses %j, naming the option and what it got',
    (option) => {
      expect(() => parsePagesOption(BENCH_DEFAULT_PAGES, ['--pages', option])).toThrow(
        `--pages takes "all" or paths separated by commas, each starting with "/", got ${JSON.stringify(option)}`,
      );
    },
  );

  it('refuses the option without a value rather than fall back to the default pages', () => {
    expect(() => parsePagesOption(BENCH_DEFAULT_PAGES, ['--no-build', '--pages'])).toThrow(
      '--pages takes "all" or paths separated by commas, each starting with "/", got ""',
    );
  });
});

describe('loadOrder', () => {
  it('puts each floor right before the pages set against it, each app page before its copy', () => {
    const measured = [
      '/indicators/prison-mortality',
      '/indicators/cell-confinement',
      '/embed/prison-mortality',
      '/',
      '/peers/plot',
    ];
    const appPages = measured.filter((page) => !page.startsWith('/peers/'));
    const floors = [...new Set([DEFAULT_FLOOR, ...measured.map(floorPathFor)])];
    const order = loadOrder(floors, measured, appPages);
    expect(order).toEqual([
      DEFAULT_FLOOR,
      '/indicators/prison-mortality',
      withoutScriptsPath('/indicators/prison-mortality'),
      '/embed/prison-mortality',
      withoutScriptsPath('/embed/prison-mortality'),
      '/',
      withoutScriptsPath('/'),
      '/peers/plot',
      floorPathFor('/indicators/cell-confinement'),
      '/indicators/cell-confinement',
      withoutScriptsPath('/indicators/cell-confinement'),
    ]);
    // Every page and copy once, every floor once.
    expect(new Set(order).size).toBe(order.length);
    expect(order.length).toBe(floors.length + measured.length + appPages.length);
  });
});
