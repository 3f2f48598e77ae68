import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isNeutralised } from '../../../src/domain/export/csv';
import { renderApp } from '../../render';
import { committedMeta, readDataFile } from '../../support/committed-data';

const catalogue = JSON.parse(readDataFile('catalogue.json')) as {
  version: string;
  indicators: { id: string }[];
};
const NUMBER_COLUMNS = new Set(['period_start', 'period_end', 'value', 'paragraph']);

interface Saved {
  fileName: string;
  blob: Blob;
}

/** Files "downloaded" in a test: the Blob behind each object URL, named by the link clicked. */
let saved: Saved[] = [];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  // jsdom has neither object URLs nor downloads: keep the Blob, and record the click.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:http://localhost:3000/${blobs.size}`;
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
});

afterEach(() => {
  vi.restoreAllMocks();
});

function readBlob(blob: Blob, as: 'text' | 'bytes'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result ?? '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    if (as === 'text') reader.readAsText(blob, 'utf-8');
    else reader.readAsArrayBuffer(blob);
  });
}

function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
  });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The downloaded CSV must say, row by row, what the committed file says. */
function expectSameRows(downloaded: string, committed: string): void {
  const got = parseCsv(downloaded);
  const expected = parseCsv(committed);
  expect(got.fields).toEqual(expected.fields);
  expect(got.rows).toHaveLength(expected.rows.length);
  expected.rows.forEach((row, index) => {
    const actual = got.rows[index] ?? {};
    for (const column of expected.fields) {
      const want = row[column] ?? '';
      const have = actual[column] ?? '';
      if (NUMBER_COLUMNS.has(column)) expect(Number(have), `${index}:${column}`).toBe(Number(want));
      // A text cell that a spreadsheet would run as a formula carries OWASP's prefix.
      else expect(have, `${index}:${column}`).toBe(isNeutralised(want) ? `'${want}` : want);
    }
  });
}

async function download(name: string): Promise<Saved> {
  const user = userEvent.setup();
  const toggle = await screen.findByRole('button', { name: 'Download' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  const count = saved.length;
  await user.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(saved).toHaveLength(count + 1));
  return saved[count] as Saved;
}

/** Keeps only the committed CSV's header and the rows a predicate accepts. */
function committedLines(id: string, keep: (row: Record<string, string>) => boolean): string {
  const { rows } = parseCsv(readDataFile(`indicators/${id}.csv`));
  return Papa.unparse(rows.filter(keep), { newline: '\r\n' });
}

describe('downloads', () => {
  it.each(catalogue.indicators.map((entry) => entry.id))(
    'the full CSV of %s is the committed file, row by row',
    async (id) => {
      renderApp(`/indicators/${id}`);
      const file = await download('Full CSV');
      expect(file.fileName).toBe(`${id}-${catalogue.version}.csv`);
      expect(file.blob.type).toBe('text/csv;charset=utf-8');
      expectSameRows(
        (await readBlob(file.blob, 'text')) as string,
        readDataFile(`indicators/${id}.csv`),
      );
    },
  );

  it('saves only the series shown when a toggle is unchecked', async () => {
    const user = userEvent.setup();
    renderApp('/indicators/prison-mortality');
    const hidden = committedMeta('prison-mortality').series.find(
      (series) => series.label === 'Deaths from disease',
    );
    expect(hidden).toBeDefined();
    await user.click(await screen.findByRole('checkbox', { name: 'Deaths from disease' }));
    const file = await download('CSV of the rows shown');
    expect(file.fileName).toBe(`prison-mortality-${catalogue.version}-shown.csv`);
    const text = (await readBlob(file.blob, 'text')) as string;
    expect(parseCsv(text).rows.some((row) => row.series === hidden?.id)).toBe(false);
    expectSameRows(
      text,
      committedLines('prison-mortality', (row) => row.series !== hidden?.id),
    );
    // With every toggle on, the rows shown are every row.
    await user.click(screen.getByRole('checkbox', { name: 'Deaths from disease' }));
    const all = await download('CSV of the rows shown');
    expectSameRows(
      (await readBlob(all.blob, 'text')) as string,
      readDataFile('indicators/prison-mortality.csv'),
    );
  });

  it('adds a byte-order mark only when the box is checked', async () => {
    const user = userEvent.setup();
    renderApp('/indicators/cell-confinement');
    const plain = await download('Full CSV');
    const plainBytes = new Uint8Array((await readBlob(plain.blob, 'bytes')) as ArrayBuffer);
    expect(String.fromCharCode(...plainBytes.slice(0, 7))).toBe('source,');
    await user.click(screen.getByRole('checkbox', { name: 'Add a byte-order mark for Excel' }));
    const marked = await download('Full CSV');
    const markedBytes = new Uint8Array((await readBlob(marked.blob, 'bytes')) as ArrayBuffer);
    expect([...markedBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(markedBytes.length).toBe(plainBytes.length + 3);
  });

  it('saves the rows with the metadata as JSON', async () => {
    renderApp('/indicators/cell-confinement');
    const file = await download('JSON (rows with metadata)');
    expect(file.fileName).toBe(`cell-confinement-${catalogue.version}.json`);
    const json = JSON.parse((await readBlob(file.blob, 'text')) as string) as {
      version: string;
      metadata: unknown;
      rows: Record<string, unknown>[];
    };
    expect(json.version).toBe(catalogue.version);
    expect(json.metadata).toEqual(committedMeta('cell-confinement'));
    const committed = parseCsv(readDataFile('indicators/cell-confinement.csv')).rows;
    expect(json.rows.map((row) => row.value)).toEqual(committed.map((row) => Number(row.value)));
  });

  it('opens and closes the menu from the keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/indicators/cell-confinement');
    const toggle = await screen.findByRole('button', { name: 'Download' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Full CSV' })).not.toBeInTheDocument();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'CSV of the rows shown' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
