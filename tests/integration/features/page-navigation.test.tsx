import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import meta from '../../../src/app/i18n/locales/en/meta.json';
import { documentTitle } from '../../../src/domain/document-title';
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
    const indicatorMeta = committedMeta('prison-mortality');
    const card = await screen.findByRole('link', { name: indicatorMeta.title });
    await user.click(card);
    expect(
      await screen.findByRole('heading', { level: 1, name: indicatorMeta.title }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
    expect(document.title).toBe(documentTitle(indicatorMeta.title, meta.siteName));

    scrollTo.mockClear();
    await user.click(screen.getByRole('link', { name: 'Fact checks' }));
    expect(await screen.findByRole('heading', { level: 1, name: /checks/i })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(document.title).toBe(documentTitle(meta.checks.name, meta.siteName));
  });

  // Each page's title as the build writes it into its HTML (scripts/prerender).
  it.each([
    ['Report', meta.source.name],
    ['Timeline', meta.timeline.name],
    ['Recommendations', meta.recommendations.name],
    ['Data', meta.data.name],
    ['Indicators', null],
  ] as const)('names the page in the title after the “%s” link', async (link, name) => {
    const user = userEvent.setup();
    renderApp('/indicators/prison-mortality');
    await screen.findByRole('heading', { level: 1, name: committedMeta('prison-mortality').title });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: link }),
    );
    await waitFor(() => expect(document.title).toBe(documentTitle(name, meta.siteName)));
  });

  it('names an unknown indicator’s page as not found', async () => {
    renderApp('/indicators/no-such-indicator');
    await waitFor(() =>
      expect(document.title).toBe(documentTitle(meta.notFound.name, meta.siteName)),
    );
  });

  it('leaves the first page where the browser put it', async () => {
    renderApp('/checks');
    expect(await screen.findByRole('heading', { level: 1, name: /checks/i })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveFocus();
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
