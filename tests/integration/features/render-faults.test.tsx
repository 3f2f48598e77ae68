import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps, ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render';
import { committedMeta } from '../../support/committed-data';

/**
 * A region that throws while rendering (a chart, a card's sparkline, a check's figure) shows
 * its error in its own place with "Try again"; the rest of the page keeps working. The data
 * is fine here: the components themselves are made to throw.
 */

const faults = vi.hoisted(() => ({ chart: false, sparklineOf: '', breakdownOf: '' }));

vi.mock('../../../src/charts/indicator-chart-body', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/charts/indicator-chart-body')>();
  return {
    default: (props: ComponentProps<typeof actual.default>): ReactElement => {
      if (faults.chart) throw new Error('Recharts could not lay out the chart (a test fault)');
      return <actual.default {...props} />;
    },
  };
});

vi.mock('../../../src/charts/sparkline/sparkline', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/charts/sparkline/sparkline')>();
  return {
    ...actual,
    default: (props: ComponentProps<typeof actual.default>): ReactElement | null => {
      if (props.observations[0]?.indicator === faults.sparklineOf) {
        throw new Error('The sparkline could not be drawn (a test fault)');
      }
      return <actual.default {...props} />;
    },
  };
});

vi.mock('../../../src/charts/breakdown-bars', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/charts/breakdown-bars')>();
  return {
    ...actual,
    BreakdownBars: (props: ComponentProps<typeof actual.BreakdownBars>): ReactElement | null => {
      if (props.result.spec.id === faults.breakdownOf) {
        throw new Error('The bars could not be drawn (a test fault)');
      }
      return <actual.BreakdownBars {...props} />;
    },
  };
});

const MORTALITY = committedMeta('prison-mortality').title;
const SUICIDES_CHECK = 'Suicides in prisons: “a decrease of 32 per cent” from 29 to 22';
const SANCTIONS_CHECK = 'Sanctions after procurators’ reports: 377 and 332 make 709';
const WAIT = { timeout: 10_000 };

beforeEach(() => {
  // React reports each error a boundary catches on the console; expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  Object.assign(faults, { chart: false, sparklineOf: '', breakdownOf: '' });
  vi.restoreAllMocks();
});

async function findRegionAlert(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(`${title} could not be shown.`, {}, WAIT);
  const alert = heading.closest<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error(`"${title} could not be shown." is not inside an alert`);
  return alert;
}

describe('a region that throws while rendering', () => {
  it('indicator page: the chart says so; the table, checks and sources still work', async () => {
    const user = userEvent.setup();
    faults.chart = true;
    renderApp('/indicators/prison-mortality');
    const alert = await findRegionAlert('The chart');
    expect(alert).toHaveTextContent('Recharts could not lay out the chart (a test fault)');
    expect(screen.getAllByRole('alert')).toEqual([alert]);
    expect(screen.getByRole('heading', { level: 1, name: MORTALITY })).toBeInTheDocument();
    const checks = await screen.findByRole('region', { name: 'Checks on these figures' });
    expect(
      await within(checks).findByRole('article', { name: SUICIDES_CHECK }, WAIT),
    ).toBeInTheDocument();
    const source = screen.getByRole('region', { name: 'Source' });
    expect(
      await within(source).findByRole('link', { name: 'Read in the report: paragraph 48' }, WAIT),
    ).toBeInTheDocument();
    // The table is the chart's other tab, outside its boundary.
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(screen.getByRole('table')).toBeInTheDocument();

    faults.chart = false;
    await user.click(screen.getByRole('tab', { name: 'Chart' }));
    await user.click(
      within(await findRegionAlert('The chart')).getByRole('button', { name: 'Try again' }),
    );
    const chart = await screen.findByRole('img', { name: `Chart: ${MORTALITY}` });
    await waitFor(() => expect(chart.querySelectorAll('[data-mark]')).not.toHaveLength(0), WAIT);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('embed: the chart says so under the title, and the source line and link remain', async () => {
    const user = userEvent.setup();
    faults.chart = true;
    renderApp('/embed/prison-mortality');
    const alert = await findRegionAlert('The chart');
    expect(alert).toHaveTextContent('Recharts could not lay out the chart (a test fault)');
    expect(screen.getByRole('heading', { level: 1, name: MORTALITY })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Full data and sources' })).toBeInTheDocument();

    faults.chart = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('img', { name: `Chart: ${MORTALITY}` })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('home page: one card says so in its place; the other cards are drawn', async () => {
    const user = userEvent.setup();
    faults.sparklineOf = 'prison-mortality';
    renderApp('/');
    const alert = await findRegionAlert(MORTALITY);
    expect(alert).toHaveTextContent('The sparkline could not be drawn (a test fault)');
    const custody = await screen.findByRole(
      'article',
      { name: committedMeta('custody-reviews').title, busy: false },
      WAIT,
    );
    expect(within(custody).getByText('603 persons')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toEqual([alert]);

    faults.sparklineOf = '';
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const card = await screen.findByRole('article', { name: MORTALITY, busy: false });
    expect(within(card).getByText('22 cases')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks page: one check says so in its place; the other checks are shown', async () => {
    const user = userEvent.setup();
    faults.breakdownOf = 'suicides-stated-decrease';
    renderApp('/checks');
    const alert = await findRegionAlert(`The check “${SUICIDES_CHECK}”`);
    expect(alert).toHaveTextContent('The bars could not be drawn (a test fault)');
    expect(await screen.findByRole('article', { name: SANCTIONS_CHECK }, WAIT)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toEqual([alert]);

    faults.breakdownOf = '';
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: SUICIDES_CHECK })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
