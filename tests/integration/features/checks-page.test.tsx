import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveStatus, serveText } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { readDataFile } from '../../support/committed-data';

const SUICIDES = 'Suicides in prisons: “a decrease of 32 per cent” from 29 to 22';

describe('fact checks page', () => {
  it('shows each check with its statement, paragraph link, working and computed verdict', async () => {
    renderApp('/checks');
    const card = await screen.findByRole('article', { name: SUICIDES });
    expect(within(card).getByText('Inconsistent')).toBeInTheDocument();
    expect(within(card).getByText(/^In 2023, there were 22 suicides/)).toHaveAttribute(
      'lang',
      'en',
    );
    expect(within(card).getByRole('link', { name: 'Paragraph 48 in the report' })).toHaveAttribute(
      'href',
      '/source#p48',
    );
    expect(within(card).getByText('(22 − 29) ÷ 29 = −24.1% (2022 to 2023)')).toBeInTheDocument();
    expect(within(card).getByText(/dividing by the later figure \(22\)/)).toBeInTheDocument();
    // Indicator titles come from the catalogue, which may arrive after the checks.
    const links = await screen.findAllByRole('link', { name: 'Deaths and suicides in prisons' });
    expect(links.map((link) => link.getAttribute('href'))).toContain(
      '/indicators/prison-mortality',
    );
  });

  it('recomputes a verdict from the data it is served', async () => {
    const csv = readDataFile('indicators/prison-mortality.csv').replace(
      'suicides-stated-decrease,2022,2023,32,',
      'suicides-stated-decrease,2022,2023,24,',
    );
    server.use(serveText('indicators/prison-mortality.csv', csv));
    renderApp('/checks');
    const card = await screen.findByRole('article', { name: SUICIDES });
    expect(within(card).getByText('Consistent')).toBeInTheDocument();
  });

  it('shows a missing checks file in place, with a retry, and keeps the page', async () => {
    server.use(serveStatus('checks.json', 404, 'Not Found'));
    renderApp('/checks');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load data/checks.json: the server answered 404 Not Found',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('lists the checks of an indicator on its page', async () => {
    renderApp('/indicators/prison-mortality');
    const section = await screen.findByRole('region', { name: 'Checks on these figures' });
    expect(await within(section).findByRole('article', { name: SUICIDES })).toBeInTheDocument();
  });

  it('puts the strongest findings on the home page', async () => {
    renderApp('/');
    const findings = await screen.findByRole('region', {
      name: 'What the figures do not quite support',
    });
    expect(within(findings).getAllByText('Inconsistent').length).toBeGreaterThan(0);
    expect(within(findings).getAllByRole('link', { name: 'See the working' })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/checks#check-/),
    );
  });
});
