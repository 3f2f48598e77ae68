import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../render';
import { committedMeta } from '../../support/committed-data';

const TITLE = committedMeta('prison-mortality').title;

async function openEmbed(search: string) {
  const view = renderApp(`/embed/prison-mortality${search}`);
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return view;
}

afterEach(() => document.documentElement.removeAttribute('data-theme'));

describe('an embed’s ?theme=', () => {
  it('forces the theme it names on the document, until the embed goes away', async () => {
    const { unmount } = await openEmbed('?theme=dark&series=suicides');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    unmount();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    await openEmbed('?theme=light');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });

  it('leaves the reader’s colour scheme in charge for no theme or an unknown one', async () => {
    await openEmbed('?theme=sepia');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    await openEmbed('');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('links back to the full page without the theme', async () => {
    await openEmbed('?theme=dark');
    expect(screen.getByRole('link', { name: 'Full data and sources' })).toHaveAttribute(
      'href',
      '/en/indicators/prison-mortality',
    );
  });
});
