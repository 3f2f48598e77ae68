import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveStatus } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { committedMeta } from '../../support/committed-data';

async function section(name: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

describe('recommendations page', () => {
  it('lists the nine recommendations the report answers', async () => {
    renderApp('/recommendations');
    const index = await screen.findByRole('navigation', { name: 'Recommendations' });
    expect(
      within(index)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Paragraph 10',
      'Paragraphs 11–15',
      'Paragraph 21',
      'Paragraph 24',
      'Paragraph 28',
      'Paragraph 44',
      'Paragraph 46',
      'Paragraph 47',
      'Paragraph 48',
    ]);
  });

  it('shows, for paragraph 21, the report’s paragraphs, dated measures and indicators', async () => {
    renderApp('/recommendations');
    const rec = await section('Concluding observations, paragraph 21');
    expect(
      within(rec).getByText(/^Follow-up information relating to paragraph 21/),
    ).toBeInTheDocument();
    const paragraphLinks = within(rec)
      .getAllByRole('link', { name: /^Paragraph \d+ in the report$/ })
      .map((link) => link.getAttribute('href'));
    expect(paragraphLinks).toContain('/source#p39');
    expect(
      await within(rec).findByRole('link', { name: committedMeta('cell-confinement').title }),
    ).toHaveAttribute('href', '/indicators/cell-confinement');
    expect(within(rec).getByRole('heading', { name: 'Measures with dates' })).toBeInTheDocument();
  });

  it('keeps the report and indicators when the measures fail to load', async () => {
    server.use(serveStatus('events.csv', 500, 'Internal Server Error'));
    renderApp('/recommendations');
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('data/events.csv');
    const rec = await section('Concluding observations, paragraph 48');
    expect(
      within(rec).getByRole('link', { name: 'Paragraph 80 in the report' }),
    ).toBeInTheDocument();
    expect(
      within(rec).queryByRole('heading', { name: 'Measures with dates' }),
    ).not.toBeInTheDocument();
  });
});
