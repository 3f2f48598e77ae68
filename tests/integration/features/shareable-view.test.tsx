import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render';

const PAGE = '/indicators/prison-mortality';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('a shared link to an indicator view', () => {
  it('reopens the table with only the series it names', async () => {
    renderApp(`${PAGE}?series=suicides&view=table`);
    const tableTab = await screen.findByRole('tab', { name: 'Table' });
    expect(tableTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('checkbox', { name: 'Suicides' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Deaths from disease' })).not.toBeChecked();
    const rows = within(screen.getByRole('table', { name: /as stated in the report/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => !row.textContent?.includes('Deaths from disease'))).toBe(true);
  });

  it('falls back to the default view for garbled parameters', async () => {
    renderApp(`${PAGE}?view=%%%&series=,,nope`);
    expect(await screen.findByRole('tab', { name: 'Chart' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // "series" names no known series: the link is garbled, so every series is shown.
    expect(screen.getByRole('checkbox', { name: 'Suicides' })).toBeChecked();
  });

  it('writes each change into the address, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.history.replaceState(null, '', PAGE);
    renderApp(PAGE);
    await user.click(await screen.findByRole('checkbox', { name: 'Deaths from disease' }));
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(window.location.search).toBe(
      '?series=suicides,suicide-attempts-prevented,suicide-attempts-prevented-video&view=table',
    );
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    // The copied link names its language, so that it opens in English for anyone.
    const { origin, search } = window.location;
    expect(writeText).toHaveBeenCalledWith(`${origin}/en${PAGE}${search}`);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
  });
});
