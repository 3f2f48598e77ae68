import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MAX_RETRIES } from '../../../src/data/retry-policy';
import { DATA_URL, holdUntil, serveStatus } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { CARDS_PER_PAGE } from '../../../src/features/home/components/topic-section';
import { committedMeta, readDataFile } from '../../support/committed-data';

interface TopicGroup {
  title: string;
  /** Indicator ids of the topic, in catalogue order. */
  ids: string[];
}

/**
 * The topics the home page should show, from the committed data: each topic of topics.json
 * that has indicators in catalogue.json, in topics.json order. Read from disk rather than
 * counted here, so adding an indicator or a topic means adding files, not editing this test.
 */
function expectedTopicGroups(): TopicGroup[] {
  const catalogue = JSON.parse(readDataFile('catalogue.json')) as {
    indicators: { id: string; topic: string }[];
  };
  const topics = JSON.parse(readDataFile('topics.json')) as { id: string; title: string }[];
  return topics
    .map((topic) => ({
      title: topic.title,
      ids: catalogue.indicators.filter((i) => i.topic === topic.id).map((i) => i.id),
    }))
    .filter((group) => group.ids.length > 0);
}

/** The ids of the indicators linked from within an element, each once, in document order. */
function indicatorLinks(container: HTMLElement): string[] {
  const ids = within(container)
    .getAllByRole('link', { name: /./ })
    .map((link) => /^\/indicators\/([a-z0-9-]+)$/.exec(link.getAttribute('href') ?? '')?.[1])
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** An indicator's card once loaded (no longer busy), found by its name: its metadata's title. */
function card(id: string): Promise<HTMLElement> {
  return screen.findByRole('article', { name: committedMeta(id).title, busy: false });
}

describe('home page', () => {
  it('groups the indicators of the catalogue by topic, each under the heading of its topic', async () => {
    renderApp('/');
    const groups = expectedTopicGroups();
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const heading = await screen.findByRole('heading', { level: 2, name: group.title });
      const section = heading.closest('section');
      if (!section) throw new Error(`no section around the heading "${group.title}"`);
      expect(indicatorLinks(section)).toEqual(group.ids.slice(0, CARDS_PER_PAGE));
    }
    const shown = groups.reduce((sum, g) => sum + Math.min(g.ids.length, CARDS_PER_PAGE), 0);
    expect(indicatorLinks(document.body)).toHaveLength(shown);
  });

  it('shows the headline figures with their periods, changes and paragraphs', async () => {
    renderApp('/');
    const custody = await card('custody-reviews');
    expect(within(custody).getByText('603 persons')).toBeInTheDocument();
    expect(
      within(custody).getByText(/Released from temporary holding facilities, 2023/),
    ).toBeInTheDocument();
    const sourceLine = within(custody).getByText(/^Source: paras\./);
    expect(sourceLine).toHaveTextContent('Source: paras. 4, 8, 9, 17');
    expect(
      within(sourceLine)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['4', '/source#p4'],
      ['8', '/source#p8'],
      ['9', '/source#p9'],
      ['17', '/source#p17'],
    ]);
    expect(
      within(sourceLine).getByRole('link', { name: 'Paragraph 17 in the report' }),
    ).toBeInTheDocument();

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

  it('keeps a card’s link, and the reader’s focus on it, while the card’s figures arrive', async () => {
    const id = 'prison-mortality';
    let release = (): void => undefined;
    server.use(
      holdUntil(`indicators/${id}.csv`, new Promise<void>((resolve) => (release = resolve))),
    );
    renderApp('/');
    const { title } = committedMeta(id);
    const loading = await screen.findByRole('article', { name: title, busy: true });
    const link = within(loading).getByRole('link', { name: title });
    link.focus();
    release();
    const loaded = await card(id);
    expect(within(loaded).getByRole('link', { name: title })).toBe(link);
    expect(link).toHaveFocus();
    expect(within(loaded).getByText('22 cases')).toBeInTheDocument();
  });

  it('shows the findings it could judge when an indicator fails, says which file, and recovers', async () => {
    server.use(serveStatus('indicators/prison-mortality.csv', 404, 'Not Found'));
    const user = userEvent.setup();
    renderApp('/');
    const findings = await screen.findByRole('region', {
      name: 'What the figures do not quite support',
    });
    const title = await within(findings).findByText('Some fact checks could not be shown.');
    const alert = title.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the message is not in an alert');
    expect(alert).toHaveTextContent(
      'Could not load data/indicators/prison-mortality.csv: the server answered 404 Not Found',
    );
    // Judged without the deaths in prisons: the cells finding stays, the suicides one waits.
    expect(within(findings).getByText(/^Share in cells and persons in cells/)).toBeInTheDocument();
    expect(within(findings).queryByText(/^Suicides in prisons/)).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(findings).findByText(/^Suicides in prisons/)).toBeInTheDocument();
    expect(within(findings).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a failing file only as often as the retry policy says, for a card and the findings alike', async () => {
    let requests = 0;
    server.use(
      http.get(`${DATA_URL}indicators/prison-mortality.csv`, () => {
        requests += 1;
        return new Response('Internal Server Error', {
          status: 500,
          statusText: 'Internal Server Error',
        });
      }),
    );
    renderApp('/');
    const card = await screen.findByRole(
      'article',
      { name: committedMeta('prison-mortality').title },
      { timeout: 10_000 },
    );
    await within(card).findByRole('alert', {}, { timeout: 10_000 });
    // Longer than any backoff a second round of retries would wait before asking again.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(requests).toBe(1 + MAX_RETRIES);
  }, 20_000);
});
