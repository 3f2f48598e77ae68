import { existsSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pageForPath } from '../../../src/app/route-table';
import { renderApp } from '../../render';

const REPOSITORY = path.resolve(import.meta.dirname, '../../..');

describe('about page', () => {
  it('is reached from every page’s footer', async () => {
    const user = userEvent.setup();
    renderApp('/checks');
    await screen.findByRole('heading', { level: 1 });
    await user.click(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: /^About this dashboard/ }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About this dashboard' }),
    ).toBeInTheDocument();
  });

  it('has a section for the method, the checks, the sources, citing, adding data and languages', async () => {
    renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: 'About this dashboard' });
    expect(
      screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby')),
    ).toEqual([
      'about-method',
      'about-checks',
      'about-sources',
      'about-cite',
      'about-adding',
      'about-languages',
    ]);
    expect(screen.getByText(/received on 13 May 2024/)).toBeInTheDocument();
  });

  it('links only pages that exist, and names only files the repository has', async () => {
    renderApp('/about');
    const article = (await screen.findByRole('heading', { level: 1 })).closest('article')!;
    const links = within(article)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) expect(pageForPath(href)).not.toBe('NotFoundPage');
    const files = [...article.querySelectorAll('code')].map((code) => code.textContent ?? '');
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect(existsSync(path.join(REPOSITORY, file))).toBe(true);
  });

  it.each(['ru', 'kk'] as const)('is written in %s for its readers', async (language) => {
    renderApp('/about', undefined, { language });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).not.toBe('About this dashboard');
    expect(screen.getAllByRole('region')).toHaveLength(6);
  });
});
