import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serveStatus, serveText } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { readDataFile } from '../../support/committed-data';

const committedCsv = readDataFile('events.csv');
const rows = Papa.parse<Record<string, string>>(committedCsv, {
  header: true,
  skipEmptyLines: true,
}).data;
const total = rows.length;
const count = (predicate: (row: Record<string, string>) => boolean): number =>
  rows.filter(predicate).length;

/** The timeline's entries: the list items of the regions named by a year. */
const entries = (): HTMLElement[] =>
  screen
    .getAllByRole('region', { name: /^\d{4}$/ })
    .flatMap((year) => within(year).getAllByRole('listitem'));

async function openTimeline(): Promise<void> {
  renderApp('/timeline');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Timeline of measures' }),
  ).toBeInTheDocument();
  await screen.findByText(`${total} of ${total} measures shown`);
}

describe('timeline page', () => {
  it('lists every measure by year, in date order, with its date as the report states it', async () => {
    await openTimeline();
    expect(entries()).toHaveLength(total);
    const years = screen.getAllByRole('heading', { level: 2 }).map((h) => Number(h.textContent));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const registration = screen.getByRole('listitem', {
      name: 'Instructions on the electronic registration of persons brought in',
    });
    expect(within(registration).getByText('24 December 2014')).toHaveAttribute(
      'datetime',
      '2014-12-24',
    );
    expect(
      within(registration).getByText('Instructions · Procurator General · No. 162'),
    ).toBeVisible();
    const quote = within(registration).getByText(
      'approved by Order No. 162 of the Procurator General of 24 December 2014',
    );
    expect(quote.tagName).toBe('Q');
    expect(quote).toHaveAttribute('lang', 'en');
    // A month and a span, each at the precision the report gives.
    expect(screen.getByText('August 2021')).toBeInTheDocument();
    expect(screen.getByText('21–22 September 2023')).toBeInTheDocument();
    expect(screen.getAllByText('2023–2025').length).toBeGreaterThan(0);
  });

  it('links each entry to its paragraph in the report viewer', async () => {
    await openTimeline();
    const links = entries().map((entry) => within(entry).getByRole('link'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(rows.map((row) => `/source#p${row.paragraph}`)),
    );
    for (const link of links)
      expect(link).toHaveAttribute('href', expect.stringMatching(/^\/source#p\d+$/));
    const socialCode = screen.getByRole('listitem', { name: 'Social Code' });
    expect(
      within(socialCode).getByRole('link', { name: 'Paragraph 65 in the report' }),
    ).toHaveAttribute('href', '/source#p65');
  });

  it('narrows the list by kind and by body, and announces the count', async () => {
    const user = userEvent.setup();
    await openTimeline();
    const trainings = count((row) => row.kind === 'training');
    const kinds = screen.getByRole('group', { name: /Kind of measure/ });
    await user.click(within(kinds).getByRole('checkbox', { name: /^Training \(/ }));
    const status = screen.getByText(`${trainings} of ${total} measures shown`);
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(entries()).toHaveLength(trainings);

    // Kind and body together: trainings held at the academy.
    const bodies = screen.getByRole('group', { name: /Issued or organised by/ });
    await user.click(
      within(bodies).getByRole('checkbox', { name: /^Academy of Law Enforcement Agencies \(/ }),
    );
    const academyTrainings = count(
      (row) => row.kind === 'training' && row.body === 'Academy of Law Enforcement Agencies',
    );
    expect(screen.getByText(`${academyTrainings} of ${total} measures shown`)).toBeInTheDocument();
    expect(entries()).toHaveLength(academyTrainings);

    // A body alone, from the keyboard.
    await user.click(within(kinds).getByRole('checkbox', { name: /^Training \(/ }));
    await user.click(
      within(bodies).getByRole('checkbox', { name: /^Academy of Law Enforcement Agencies \(/ }),
    );
    const procurator = within(bodies).getByRole('checkbox', { name: /^Procurator General \(/ });
    procurator.focus();
    await user.keyboard(' ');
    expect(procurator).toBeChecked();
    const byProcurator = count((row) => row.body === 'Procurator General');
    expect(screen.getByText(`${byProcurator} of ${total} measures shown`)).toBeInTheDocument();
    for (const entry of entries()) expect(entry).toHaveTextContent('Procurator General');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText(`${total} of ${total} measures shown`)).toBeInTheDocument();
    expect(procurator).not.toBeChecked();
  });

  it('offers the measures whose body the report does not name', async () => {
    const user = userEvent.setup();
    await openTimeline();
    await user.click(screen.getByRole('checkbox', { name: /^Not named in the report \(/ }));
    const unnamed = count((row) => row.body === '');
    expect(screen.getByText(`${unnamed} of ${total} measures shown`)).toBeInTheDocument();
  });

  it('shows the file, row and column of a malformed events.csv; the header still works', async () => {
    const user = userEvent.setup();
    const lines = committedCsv.trimEnd().split('\n');
    const row = lines.findIndex((line) => line.startsWith('social-code,'));
    lines[row] = (lines[row] ?? '').replace('2023-04-20', '2023-04-31');
    server.use(serveText('events.csv', lines.join('\n')));
    renderApp('/timeline');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/events.csv is not valid: 1 problem was found.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      `data/events.csv, row ${row + 1}, column "date": "2023-04-31" is not a date that exists; expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Timeline of measures' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Indicators' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'What Kazakhstan reported to the UN Committee against Torture',
      }),
    ).toBeInTheDocument();
  });

  it('offers a retry when the file cannot be loaded', async () => {
    server.use(serveStatus('events.csv', 404, 'Not Found'));
    renderApp('/timeline');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load data/events.csv: the server answered 404 Not Found',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
