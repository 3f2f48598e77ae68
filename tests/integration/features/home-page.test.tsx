import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render';
import { committedMeta } from '../../support/committed-data';

/** An indicator's card once loaded (no longer busy), found by its name: its metadata's title. */
function card(id: string): Promise<HTMLElement> {
  return screen.findByRole('article', { name: committedMeta(id).title, busy: false });
}

describe('home page', () => {
  it('groups the four indicators by topic, each under its heading', async () => {
    renderApp('/');
    const topics = [
      'Custody and procedural safeguards',
      'Accountability of officials',
      'Deaths and suicides in custody',
      'Prison conditions',
    ];
    for (const topic of topics) {
      expect(await screen.findByRole('heading', { level: 2, name: topic })).toBeInTheDocument();
    }
    expect(
      screen
        .getAllByRole('link', { name: /./ })
        .filter((link) => link.getAttribute('href')?.startsWith('/indicators/')),
    ).toHaveLength(4);
  });

  it('shows the headline figures with their periods, changes and paragraphs', async () => {
    renderApp('/');
    const custody = await card('custody-reviews');
    expect(within(custody).getByText('603 persons')).toBeInTheDocument();
    expect(
      within(custody).getByText(/Released from temporary holding facilities, 2023/),
    ).toBeInTheDocument();
    expect(within(custody).getByText('Source: paras. 4, 8, 9, 17')).toBeInTheDocument();

    const mortality = await card('prison-mortality');
    // 22 suicides in 2023 against 29 in 2022: −7, and −7/29 = −24.1 %.
    expect(within(mortality).getByText('22 cases')).toBeInTheDocument();
    expect(within(mortality).getByText('−7 cases (−24.1%) since 2022')).toBeInTheDocument();

    const sanctions = await card('disciplinary-sanctions');
    // 332 in 2023 against 377 in 2022, not against the two-year total of 709.
    expect(within(sanctions).getByText('332 officials')).toBeInTheDocument();
    expect(within(sanctions).getByText('−45 officials (−11.9%) since 2022')).toBeInTheDocument();
  });

  it('shows progress toward the 2030 cell-confinement target', async () => {
    renderApp('/');
    const cells = await card('cell-confinement');
    expect(within(cells).getByText('19.2%')).toBeInTheDocument();
    // 19.2 / 45.5 = 42.2 % of the target reached.
    expect(within(cells).getByText(/42\.2% of the 2030 target \(45\.5%\)/)).toBeInTheDocument();
    expect(within(cells).getByRole('meter', { name: 'Share of target reached' })).toHaveAttribute(
      'value',
      String(19.2 / 45.5),
    );
  });
});
