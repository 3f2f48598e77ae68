import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../../src/data/data-source';
import { DataError, FetchError } from '../../../src/data/issues';
import {
  CATALOGUE_PATH,
  DATA_PACKAGE_PATH,
  fetchDataPackage,
  TOPICS_PATH,
  fetchCatalogue,
  fetchIndicator,
  fetchTopics,
} from '../../../src/data/query-fns';
import { indicatorFiles } from '../../../src/data/indicator-files';

/** An in-memory data folder; a path it does not hold answers 404, as the server would. */
function memorySource(files: Record<string, string>) {
  const reads: { path: string; signal: AbortSignal | undefined }[] = [];
  const source: DataSource = {
    async readText(path, signal) {
      reads.push({ path, signal });
      const text = files[path];
      if (text === undefined) throw new FetchError(`data/${path}`, 404, 'the server answered 404');
      return text;
    },
  };
  return { source, reads };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const META = JSON.stringify({
  id: 'prison-mortality',
  title: 'Deaths and suicides in prisons',
  subtitle: 'Subtitle',
  topic: 'deaths-in-custody',
  description: 'Description',
  headlineSeries: 'suicides',
  chart: { type: 'trend', series: ['suicides'] },
  series: [{ id: 'suicides', label: 'Suicides', unit: 'cases' }],
  recommendations: ['24'],
});
const HEADER =
  'source,indicator,series,period_start,period_end,value,unit,qualifier,kind,paragraph,quote,note';
const CSV = [
  HEADER,
  'kz-cat-followup-2024,prison-mortality,suicides,2022,2022,29,cases,exact,actual,48,"(29 cases in 2022, or a decrease of 32 per cent)",',
  'kz-cat-followup-2024,prison-mortality,suicides,2023,2023,22,cases,exact,actual,48,"In 2023, there were 22 suicides among the prison population",',
].join('\n');

describe(indicatorFiles, () => {
  it('puts an indicator’s two files under indicators/', () => {
    expect(indicatorFiles('cell-confinement')).toEqual({
      observationsPath: 'indicators/cell-confinement.csv',
      metadataPath: 'indicators/cell-confinement.json',
    });
  });
});

describe(fetchIndicator, () => {
  it('reads and validates the metadata and the observations', async () => {
    const { source, reads } = memorySource({
      'indicators/prison-mortality.json': META,
      'indicators/prison-mortality.csv': CSV,
    });
    const signal = new AbortController().signal;
    const indicator = await fetchIndicator(source, 'prison-mortality', signal);
    expect(indicator.meta.title).toBe('Deaths and suicides in prisons');
    expect(indicator.observations.map((o) => [o.period.start, o.value])).toEqual([
      [2022, 29],
      [2023, 22],
    ]);
    expect(reads.map((r) => r.path).sort()).toEqual([
      'indicators/prison-mortality.csv',
      'indicators/prison-mortality.json',
    ]);
    expect(reads.every((r) => r.signal === signal)).toBe(true);
  });

  it('throws a DataError naming the metadata file when the metadata is invalid', async () => {
    const { source } = memorySource({
      'indicators/prison-mortality.json': '{',
      'indicators/prison-mortality.csv': CSV,
    });
    const error = await rejection(fetchIndicator(source, 'prison-mortality'));
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ file: 'data/indicators/prison-mortality.json' });
    expect((error as DataError).issues[0]).toMatchObject({ rule: 'json-syntax' });
  });

  it('throws a DataError listing the CSV problems when any row is invalid', async () => {
    const { source } = memorySource({
      'indicators/prison-mortality.json': META,
      'indicators/prison-mortality.csv': CSV.replace(',22,cases,', ',"2,2",cases,'),
    });
    const error = await rejection(fetchIndicator(source, 'prison-mortality'));
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe('data/indicators/prison-mortality.csv');
    expect((error as DataError).issues).toEqual([
      expect.objectContaining({
        file: 'data/indicators/prison-mortality.csv',
        row: 3,
        column: 'value',
        rule: 'type',
      }),
    ]);
  });

  it('checks the metadata id against the id asked for', async () => {
    const { source } = memorySource({
      'indicators/other.json': META,
      'indicators/other.csv': CSV,
    });
    const error = await rejection(fetchIndicator(source, 'other'));
    expect((error as DataError).issues[0]).toMatchObject({ column: 'id', rule: 'indicator-id' });
  });

  it('lets a FetchError through when a file is missing', async () => {
    const { source } = memorySource({ 'indicators/prison-mortality.json': META });
    const error = await rejection(fetchIndicator(source, 'prison-mortality'));
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ file: 'data/indicators/prison-mortality.csv', status: 404 });
  });

  it('reports the metadata’s failure when both files fail, whichever fails first', async () => {
    // The CSV fails at once, the metadata a moment later: "no such indicator" must not
    // depend on which request the server answers first.
    const source: DataSource = {
      async readText(path) {
        if (path.endsWith('.json')) await new Promise((resolve) => setTimeout(resolve, 10));
        throw new FetchError(`data/${path}`, 404, 'the server answered 404');
      },
    };
    const error = await rejection(fetchIndicator(source, 'prison-mortality'));
    expect(error).toMatchObject({ file: 'data/indicators/prison-mortality.json', status: 404 });
  });
});

describe(fetchCatalogue, () => {
  it(`reads ${CATALOGUE_PATH} only`, async () => {
    const { source, reads } = memorySource({
      [CATALOGUE_PATH]: JSON.stringify({
        title: 'T',
        version: '1',
        indicators: [{ id: 'a', title: 'A', topic: 'x', recommendations: ['24'] }],
      }),
    });
    const catalogue = await fetchCatalogue(source);
    expect(reads.map((r) => r.path)).toEqual(['catalogue.json']);
    expect(catalogue.indicators).toEqual([
      { id: 'a', title: 'A', topic: 'x', recommendations: ['24'] },
    ]);
  });

  it('throws a DataError naming data/catalogue.json when it is invalid', async () => {
    const { source } = memorySource({ [CATALOGUE_PATH]: '{}' });
    const error = await rejection(fetchCatalogue(source));
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ file: 'data/catalogue.json' });
  });
});

describe(fetchDataPackage, () => {
  it(`reads ${DATA_PACKAGE_PATH}`, async () => {
    const { source, reads } = memorySource({
      [DATA_PACKAGE_PATH]: JSON.stringify({
        title: 'T',
        version: '1',
        resources: [{ path: 'indicators/a.csv', title: 'A' }, { path: 'indicators/a.json' }],
      }),
    });
    const pkg = await fetchDataPackage(source);
    expect(reads.map((r) => r.path)).toEqual(['datapackage.json']);
    expect(pkg.indicators.map((i) => i.id)).toEqual(['a']);
  });

  it('throws a DataError naming data/datapackage.json when it is invalid', async () => {
    const { source } = memorySource({ [DATA_PACKAGE_PATH]: '{}' });
    const error = await rejection(fetchDataPackage(source));
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ file: 'data/datapackage.json' });
  });
});

describe(fetchTopics, () => {
  it(`reads ${TOPICS_PATH}`, async () => {
    const { source, reads } = memorySource({ [TOPICS_PATH]: '[{"id": "a", "title": "A"}]' });
    await expect(fetchTopics(source)).resolves.toEqual([{ id: 'a', title: 'A' }]);
    expect(reads.map((r) => r.path)).toEqual(['topics.json']);
  });

  it('throws a DataError naming data/topics.json when it is invalid', async () => {
    const { source } = memorySource({ [TOPICS_PATH]: '{}' });
    const error = await rejection(fetchTopics(source));
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ file: 'data/topics.json' });
  });
});
