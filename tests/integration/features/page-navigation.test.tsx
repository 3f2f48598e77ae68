import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { committedMeta } from '../../support/committed-data';
import { renderApp } from '../../render';

// jsdom does not scroll; the spy records where the page was asked to go.
let scrollTo: ReturnType<typeof vi.fn>;
beforeEach(() => {
  scrollTo = vi.fn();
  vi.stubGlobal('scrollTo', scrollTo);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('moving between pages by link', () => {
  it('opens the new page at its top with focus on its main content', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const meta = committedMeta('prison-mortality');
    const card = await screen.findByRole('link', { name: meta.title });
    await user.click(card);
    expect(await screen.findByRole('heading', { level: 1, name: meta.title })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });

    scrollTo.mockClear();
    await user.click(screen.getByRole('link', { name: 'Fact checks' }));
    expect(await screen.findByRole('heading', { level: 1, name: /checks/i })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });

  it('leaves the first page where the browser put it', async () => {
    renderApp('/checks');
    expect(await screen.findByRole('heading', { level: 1, name: /checks/i })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveFocus();
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
