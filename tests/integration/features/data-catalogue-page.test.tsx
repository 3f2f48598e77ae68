import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes } from '../../../src/domain/format/bytes';
import { testLocale } from '../../i18n';
import { serveStatus } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { DATA_DIR, readDataFile } from '../../support/committed-data';

interface Resource {
  name: string;
  path: string;
  title?: string;
  bytes?: number;
  hash?: string;
  schema?: string;
}
const descriptor = JSON.parse(readDataFile('datapackage.json')) as {
  version: string;
  resources: Resource[];
};
const tables = descriptor.resources.filter((r) => /^indicators\/.*\.csv$/.test(r.path));

async function datasetCard(resource: Resource): Promise<HTMLElement> {
  return screen.findByRole('article', { name: resource.title ?? resource.name });
}

describe('data catalogue page', () => {
  it('lists every indicator table with a download link, its size and its SHA-256', async () => {
    renderApp('/data');
    for (const resource of tables) {
      const card = await datasetCard(resource);
      const bytes = readFileSync(path.join(DATA_DIR, resource.path));
      expect(within(card).getByRole('link', { name: resource.path })).toHaveAttribute(
        'href',
        `/data/${resource.path}`,
      );
      // Computed here from the committed file, so the page can only pass by showing the truth.
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      expect(within(card).getByText(sha256)).toBeInTheDocument();
      expect(
        within(card).getByText(formatBytes(bytes.length, testLocale('en'))),
      ).toBeInTheDocument();
    }
  });

  it('gives each indicator table its row count and period from the validated rows', async () => {
    renderApp('/data');
    const resource = tables.find((r) => r.path === 'indicators/prison-mortality.csv');
    if (!resource) throw new Error('prison-mortality.csv is not in the package');
    const rows = Papa.parse<Record<string, string>>(readDataFile(resource.path), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const card = await datasetCard(resource);
    expect(await within(card).findByText(String(rows.length))).toBeInTheDocument();
    const years = rows.flatMap((r) => [Number(r.period_start), Number(r.period_end)]);
    expect(
      within(card).getByText(`${Math.min(...years)}–${Math.max(...years)}`),
    ).toBeInTheDocument();
  });

  it('counts the rows and years of the other tables (the timeline of measures)', async () => {
    renderApp('/data');
    const resource = descriptor.resources.find((r) => r.path === 'events.csv');
    if (!resource) throw new Error('events.csv is not in the package');
    const rows = Papa.parse<Record<string, string>>(readDataFile(resource.path), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const years = rows.flatMap((r) =>
      [r.date, r.date_end].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))),
    );
    const card = await datasetCard(resource);
    expect(await within(card).findByText(String(rows.length))).toBeInTheDocument();
    expect(
      within(card).getByText(`${Math.min(...years)}–${Math.max(...years)}`),
    ).toBeInTheDocument();
  });

  it('documents the columns from the Table Schema, allowed values included', async () => {
    renderApp('/data');
    const resource = tables[0];
    if (!resource) throw new Error('no indicator table in the package');
    const card = await datasetCard(resource);
    const columns = await within(card).findByRole('table', { name: `Columns of ${resource.path}` });
    expect(within(columns).getByRole('rowheader', { name: 'qualifier' })).toBeInTheDocument();
    expect(
      within(columns).getByText(/One of: “exact”, “about”, “more_than”, “over”/),
    ).toBeInTheDocument();
  });

  it('says how to cite this version', async () => {
    renderApp('/data');
    const section = await screen.findByRole('region', { name: 'Licence and citation' });
    expect(
      within(section).getByText(
        new RegExp(`\\(Version ${descriptor.version.replace(/\./g, '\\.')}\\) \\[Data set\\]`),
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText(/^@misc\{/)).toBeInTheDocument();
  });

  it('reports a missing package in place, with a retry', async () => {
    server.use(serveStatus('datapackage.json', 404, 'Not Found'));
    renderApp('/data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load data/datapackage.json');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('downloads every observation of every indicator as one CSV, row for row', async () => {
    const saved: { fileName: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    // jsdom has neither object URLs nor downloads: keep the Blob and record the click.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ fileName: this.download, blob });
    });
    const user = userEvent.setup();
    renderApp('/data');
    await user.click(await screen.findByRole('button', { name: 'Every observation in one CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved;
    expect(file?.fileName).toBe(
      `kz-torture-prevention-indicators-${descriptor.version}-all-observations.csv`,
    );
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(file?.blob ?? new Blob());
    });
    const parse = (csv: string) =>
      Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' }).data;
    const key = (row: Record<string, string>) =>
      [
        row.indicator,
        row.series,
        row.period_start,
        row.period_end,
        Number(row.value),
        row.quote,
      ].join('|');
    const committed = tables
      .flatMap((r) => parse(readDataFile(r.path)))
      .map(key)
      .sort();
    expect(parse(text).map(key).sort()).toEqual(committed);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
