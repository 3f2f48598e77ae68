import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render';
import { committedMeta, readDataFile } from '../../support/committed-data';

function marks(container: HTMLElement): number {
  return container.querySelectorAll('[data-mark]').length;
}

describe('indicator page', () => {
  it('states the cell-confinement target, the gap in words and the required path', async () => {
    renderApp('/indicators/cell-confinement');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: committedMeta('cell-confinement').title,
      }),
    ).toBeInTheDocument();
    // (45.5 − 19.2) = 26.3 points over 2030 − 2023 = 7 years: 3.757 ≈ 3.8 a year.
    expect(
      screen.getByText('26.3 percentage points to go in 7 years: 3.8 points a year needed'),
    ).toBeInTheDocument();
    // (13,200 − 4,500) = 8,700 persons over 7 years: 1,242.9 ≈ 1,243 a year.
    expect(
      screen.getByText('8,700 persons to go in 7 years: 1,243 persons a year needed'),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', {
      name: 'Chart: Inmates held in cells instead of barracks',
    });
    expect(chart).toHaveAccessibleDescription(
      /Share of inmates held in cells: 19\.2% in 2023, 45\.5% in 2030 \(target\)/,
    );
    // Two panels, each with one actual point and one target point.
    // The chart module loads on demand, then draws.
    await waitFor(() => expect(chart.querySelectorAll('[data-mark="point"]')).toHaveLength(2));
    expect(chart.querySelectorAll('[data-mark="target"]')).toHaveLength(2);
  });

  it('keeps qualifiers wherever a value is shown', async () => {
    renderApp('/indicators/custody-reviews');
    expect(await screen.findByText('more than 40,000 cameras')).toBeInTheDocument();
    expect(
      screen.getByText(/lower bound \("more than"\): the true number is higher/),
    ).toBeInTheDocument();
    renderApp('/indicators/disciplinary-sanctions');
    expect(await screen.findByText('over 400 officials')).toBeInTheDocument();
    expect(screen.getByText('about 3,500 investigations')).toBeInTheDocument();
  });

  it('quotes each source paragraph with its number and highlights the figures', async () => {
    renderApp('/indicators/prison-mortality');
    const source = await screen.findByRole('region', { name: 'Source' });
    const quote = await within(source).findByText(
      'In 2023, there were 22 suicides among the prison population (29 cases in 2022, or a decrease of 32 per cent)',
      {
        selector: 'mark',
      },
    );
    expect(quote.closest('blockquote')).toHaveAttribute('id', 'source-p48');
    expect(within(source).getByText('48.')).toBeInTheDocument();
    expect(
      within(source).getByRole('link', { name: 'Read in the report: paragraph 48' }),
    ).toHaveAttribute('href', '/source#p48');
  });

  it('says how to cite the figures: the report and its paragraphs, then this indicator', async () => {
    renderApp('/indicators/prison-mortality');
    const cite = await screen.findByRole('region', { name: 'How to cite' });
    const pkg = JSON.parse(readDataFile('datapackage.json')) as { title: string; version: string };
    const rows = Papa.parse<{ paragraph: string }>(
      readDataFile('indicators/prison-mortality.csv'),
      { header: true, skipEmptyLines: true },
    ).data;
    const paragraphs = new Set(rows.map((row) => row.paragraph));
    expect(paragraphs.size).toBeGreaterThan(1);
    const [report, apa, bibtex] = await waitFor(() => {
      const citations = [...cite.querySelectorAll('.citation')].map((c) => c.textContent ?? '');
      expect(citations).toHaveLength(3);
      return citations;
    });
    expect(report).toMatch(/\(CAT\/C\/KAZ\/CO\/4\), received 13 May 2024, paras\. /);
    for (const paragraph of paragraphs) expect(report).toMatch(new RegExp(`\\b${paragraph}\\b`));
    expect(apa).toContain(
      `${pkg.title}: ${committedMeta('prison-mortality').title} (Version ${pkg.version}) [Data set]. `,
    );
    expect(apa).toMatch(/\/en\/indicators\/prison-mortality$/);
    expect(bibtex).toMatch(
      new RegExp(
        `^@misc\\{kazakhstan-torture-prevention-indicators-prison-mortality-${pkg.version},`,
      ),
    );
  });

  it('hides a series from chart and table when its toggle is unchecked', async () => {
    const user = userEvent.setup();
    renderApp('/indicators/prison-mortality');
    const chart = await screen.findByRole('img', { name: /^Chart:/ });
    // 3 years of deaths from disease + 2 years each of three other series.
    await waitFor(() => expect(marks(chart)).toBe(9));
    await user.click(screen.getByRole('checkbox', { name: 'Deaths from disease' }));
    await waitFor(() => expect(marks(screen.getByRole('img', { name: /^Chart:/ }))).toBe(6));
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table');
    expect(
      within(table).queryByRole('rowheader', { name: 'Deaths from disease' }),
    ).not.toBeInTheDocument();
    // Every row of the CSV but the 3 hidden, under a header row.
    const csvRows =
      readDataFile('indicators/prison-mortality.csv').trimEnd().split('\n').length - 1;
    expect(within(table).getAllByRole('row')).toHaveLength(1 + csvRows - 3);
  });

  it("shows a bar chart's series toggles with the bars' own swatch, not a line's", async () => {
    renderApp('/indicators/monitoring-visits');
    const chart = await screen.findByRole('img', { name: /^Chart:/ });
    await waitFor(() =>
      expect(chart.querySelectorAll('rect.chart-fill').length).toBeGreaterThan(0),
    );
    const barFills = new Set(
      [...chart.querySelectorAll('rect.chart-fill')].map((bar) => bar.getAttribute('class')),
    );
    const swatches = screen
      .getAllByRole('checkbox')
      .map((checkbox) => checkbox.closest('label')?.querySelector('svg'));
    expect(swatches).toHaveLength(committedMeta('monitoring-visits').chart.series.length);
    for (const swatch of swatches) {
      expect(swatch?.querySelector('line')).toBeNull();
      expect(barFills).toContain(swatch?.querySelector('rect')?.getAttribute('class'));
    }
  });

  it('switches between chart and table with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/indicators/disciplinary-sanctions');
    const chartTab = await screen.findByRole('tab', { name: 'Chart' });
    chartTab.focus();
    await user.keyboard('{ArrowRight}');
    const tableTab = screen.getByRole('tab', { name: 'Table' });
    expect(tableTab).toHaveAttribute('aria-selected', 'true');
    expect(tableTab).toHaveFocus();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('cell', { name: '2022–2023' })).toBeInTheDocument();
    const paragraphLink = within(table).getAllByRole('link', {
      name: 'Paragraph 44 in the report',
    })[0];
    expect(paragraphLink).toHaveTextContent(/^44$/);
    expect(paragraphLink).toHaveAttribute('href', '/source#p44');
  });

  it('shows a helpful not-found page for an unknown indicator', async () => {
    renderApp('/indicators/no-such-indicator');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(
      screen.getByText('There is no indicator called “no-such-indicator”.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all indicators' })).toHaveAttribute('href', '/');
  });

  it('shows the not-found page for an unknown route', async () => {
    renderApp('/nothing/here');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing is published at \/nothing\/here/)).toBeInTheDocument();
  });
});
