import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failThenPass, serveStatus, serveText } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { committedMeta, readDataFile } from '../../support/committed-data';

const FAULTY = 'custody-reviews';
const CSV_PATH = `indicators/${FAULTY}.csv`;
const FILE = `data/${CSV_PATH}`;
/** Every other indicator of the committed catalogue: each must still render. */
const OTHERS = (
  JSON.parse(readDataFile('catalogue.json')) as { indicators: { id: string }[] }
).indicators
  .map((entry) => entry.id)
  .filter((id) => id !== FAULTY);
const committedCsv = readDataFile(CSV_PATH);
const [committedHeader = '', ...committedRows] = committedCsv.trimEnd().split('\n');

/** The committed CSV with one column removed, rewritten by PapaParse so quoting stays right. */
function withoutColumn(csv: string, column: string): string {
  const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return Papa.unparse(data.map(({ [column]: _removed, ...rest }) => rest));
}

/** The failed card's alert, after the other cards have rendered normally. */
async function expectContainedFailure(): Promise<HTMLElement> {
  const failed = await screen.findByRole('article', {
    name: committedMeta(FAULTY).title,
    busy: false,
  });
  const alert = await within(failed).findByRole('alert');
  // The card keeps its link: the indicator's page may still be reached, and says what failed.
  expect(within(failed).getByRole('link', { name: committedMeta(FAULTY).title })).toBeVisible();
  for (const id of OTHERS) {
    const card = await screen.findByRole('article', { name: committedMeta(id).title, busy: false });
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(card).getByRole('link', { name: committedMeta(id).title })).toBeInTheDocument();
  }
  return alert;
}

describe('a faulty data file on the home page', () => {
  it('404: names the file and the status; the other indicators still render', async () => {
    server.use(serveStatus(CSV_PATH, 404, 'Not Found'));
    renderApp('/');
    const alert = await expectContainedFailure();
    expect(alert).toHaveTextContent(`Could not load ${FILE}: the server answered 404 Not Found`);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('500 twice: retried with backoff and then shown', async () => {
    server.use(failThenPass(CSV_PATH, 2));
    renderApp('/');
    const card = await screen.findByRole('article', {
      name: committedMeta(FAULTY).title,
      busy: false,
    });
    expect(await within(card).findByText('603 persons')).toBeInTheDocument();
  });

  it('500 until the retries run out, then "Try again" recovers', async () => {
    const user = userEvent.setup();
    server.use(serveStatus(CSV_PATH, 500, 'Internal Server Error'));
    renderApp('/');
    const alert = await expectContainedFailure();
    expect(alert).toHaveTextContent(
      `Could not load ${FILE}: the server answered 500 Internal Server Error`,
    );
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const card = await screen.findByRole('article', {
      name: committedMeta(FAULTY).title,
      busy: false,
    });
    expect(await within(card).findByText('603 persons')).toBeInTheDocument();
  });

  const columns = committedHeader.split(',');
  const malformed: [string, string, string][] = [
    [
      'a missing column',
      withoutColumn(committedCsv, 'note'),
      `${FILE}, row 1, column "note": the column "note" is missing; expected the columns ${columns.join(', ')}`,
    ],
    [
      'a non-numeric value',
      committedCsv.replace(',449,persons,', ',449 persons,persons,'),
      `${FILE}, row 2, column "value": expected a number such as 4500 or 19.2, without thousands separators, found "449 persons"`,
    ],
    [
      'a number with a thousands separator',
      committedCsv.replace(',40000,cameras,', ',"40,000",cameras,'),
      `${FILE}, row 6, column "value": expected a number such as 4500 or 19.2, without thousands separators, found "40,000"`,
    ],
    [
      'an unknown qualifier',
      committedCsv.replace(',more_than,', ',roughly,'),
      `${FILE}, row 6, column "qualifier": expected one of exact, about, more_than, over; found "roughly"`,
    ],
    ['an empty file', '', `${FILE}: the file is empty; expected a header row and data rows`],
    ['a header only', `${committedHeader}\n`, `${FILE}: the file has a header but no data rows`],
    [
      'an extra column',
      [`${committedHeader},extra`, ...committedRows.map((row) => `${row},x`)].join('\n'),
      `${FILE}, row 1, column "extra": unexpected column "extra"; expected only ${columns.join(', ')}`,
    ],
    [
      'a truncated file',
      committedCsv.slice(0, committedCsv.indexOf(',persons,exact,actual,17')),
      `${FILE}, row 2: expected 12 fields like the header, found 6`,
    ],
  ];

  it.each(malformed)('%s: the exact problem is shown in its card', async (_, body, message) => {
    server.use(serveText(CSV_PATH, body));
    renderApp('/');
    const alert = await expectContainedFailure();
    expect(alert).toHaveTextContent(`${FILE} is not valid`);
    expect(within(alert).getByRole('listitem')).toHaveTextContent(message);
  });

  it('invalid metadata JSON: names the metadata file', async () => {
    server.use(
      serveText(`indicators/${FAULTY}.json`, '{"id": "custody-reviews",', 'application/json'),
    );
    renderApp('/');
    const alert = await expectContainedFailure();
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      /^data\/indicators\/custody-reviews\.json, column "\(file\)": the file is not valid JSON/,
    );
  });

  it.each([
    ['a byte-order mark', `\uFEFF${committedCsv}`],
    ['CRLF line ends', committedCsv.replace(/\n/g, '\r\n')],
  ])('%s: accepted as spreadsheets write it', async (_, body) => {
    server.use(serveText(CSV_PATH, body));
    renderApp('/');
    const card = await screen.findByRole('article', {
      name: committedMeta(FAULTY).title,
      busy: false,
    });
    expect(await within(card).findByText('603 persons')).toBeInTheDocument();
  });

  it('a failed catalogue is reported in place of the list', async () => {
    server.use(serveStatus('catalogue.json', 404, 'Not Found'));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The list of indicators could not be shown.Could not load data/catalogue.json: the server answered 404 Not Found',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });
});

describe('a faulty data file on the indicator page', () => {
  it('shows the error in the page with a retry, keeping header and navigation', async () => {
    server.use(serveText(CSV_PATH, committedCsv.replace(',exact,actual,17,', ',exact,actuel,17,')));
    renderApp(`/indicators/${FAULTY}`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(
      `${FILE}, row 2, column "kind": expected one of actual, target, planned, legal_limit; found "actuel"`,
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
