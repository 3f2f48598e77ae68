// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues';
import { validateTopics } from '../../src/data/validate-topics';
import { isChartable } from '../../src/domain/series';
import { indicatorIdsOnDisk, listDataFiles, loadIndicator, readData } from './committed-files';

const ids = indicatorIdsOnDisk();

describe('data/indicators', () => {
  it('holds indicators', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it('pairs every CSV with its JSON metadata and the other way round', () => {
    const files = listDataFiles('indicators');
    const csv = files.filter((f) => f.endsWith('.csv')).map((f) => f.replace(/\.csv$/, ''));
    const json = files.filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(csv.sort()).toEqual(json.sort());
    expect(files.filter((f) => !/\.(csv|json)$/.test(f))).toEqual([]);
  });
});

describe.each(ids)('data/indicators/%s', (id) => {
  const indicator = loadIndicator(id);

  it('is valid for the app: no issue in the metadata or the observations', () => {
    // Printed as the app prints them, so a failure says where to look.
    expect(indicator.issues.map(formatIssue)).toEqual([]);
    expect(indicator.observations.length).toBeGreaterThan(0);
  });

  it('has a topic that topics.json declares', () => {
    const topics = validateTopics(readData('topics.json'), 'data/topics.json');
    expect(topics.ok).toBe(true);
    const topicIds = topics.ok ? topics.value.map((t) => t.id) : [];
    expect(topicIds).toContain(indicator.meta?.topic);
  });

  it('has at least one observation for every declared series', () => {
    const withRows = new Set(indicator.observations.map((o) => o.series));
    const empty = (indicator.meta?.series ?? []).map((s) => s.id).filter((s) => !withRows.has(s));
    expect(empty).toEqual([]);
  });

  it('declares which way every series with a target should move', () => {
    const withTarget = new Set(
      indicator.observations.filter((o) => o.kind === 'target').map((o) => o.series),
    );
    const undeclared = (indicator.meta?.series ?? [])
      .filter((s) => withTarget.has(s.id) && s.desiredDirection === undefined)
      .map((s) => s.id);
    expect(undeclared).toEqual([]);
  });

  it('draws something for every series its chart names', () => {
    const chart = indicator.meta?.chart;
    expect(chart).toBeDefined();
    const undrawn = (chart?.series ?? []).filter(
      (series) =>
        !indicator.observations.some((o) => o.series === series && isChartable(chart!.type, o)),
    );
    expect(undrawn).toEqual([]);
  });

  it('cites a source document that data/source describes', () => {
    const sources = new Set(indicator.observations.map((o) => o.source));
    for (const source of sources) {
      const meta = JSON.parse(readData(`source/${source}.json`)) as { id: string; path: string };
      expect(meta.id).toBe(source);
      expect(listDataFiles('source')).toContain(meta.path);
    }
  });
});
