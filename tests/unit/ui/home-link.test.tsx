import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter, Link, MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HomeLink } from '../../../src/ui/home-link';

function renderAt(basename: string, path: string): void {
  render(
    <MemoryRouter basename={basename} initialEntries={[`${basename}${path}`]}>
      <HomeLink className="site-name">Home</HomeLink>
      <Routes>
        <Route path="/" element={<h1>Indicators</h1>} />
        <Route path="/checks" element={<Link to="/checks">Checks</Link>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe(HomeLink, () => {
  it.each([
    ['', '/'],
    ['/kk', '/kk/'],
    ['/kz-indicators', '/kz-indicators/'],
    ['/kz-indicators/ru', '/kz-indicators/ru/'],
  ])('links the home page under %j by its folder’s address, %s', (basename, href) => {
    renderAt(basename, '/checks');
    const link = screen.getByRole('link', { name: 'Home' });
    expect(link).toHaveAttribute('href', href);
    expect(link).toHaveClass('site-name');
    // Other links keep the router's own form.
    expect(screen.getByRole('link', { name: 'Checks' })).toHaveAttribute(
      'href',
      `${basename}/checks`,
    );
  });

  it('goes home through the router on a click', async () => {
    const user = userEvent.setup();
    renderAt('/kk', '/checks');
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { name: 'Indicators' })).toBeInTheDocument();
  });

  it('leaves the home page’s own address in the address bar after a click', async () => {
    window.history.pushState(null, '', '/kk/checks');
    const user = userEvent.setup();
    render(
      <BrowserRouter basename="/kk">
        <HomeLink>Home</HomeLink>
        <Routes>
          <Route path="/" element={<h1>Indicators</h1>} />
          <Route path="/checks" element={<h1>Checks</h1>} />
        </Routes>
      </BrowserRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Checks' })).toBeInTheDocument();
    const entries = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { name: 'Indicators' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/kk/');
    // One new entry (the router's), renamed, not two; and back still leads to the checks.
    expect(window.history.length).toBe(entries + 1);
    window.history.back();
    expect(await screen.findByRole('heading', { name: 'Checks' })).toBeInTheDocument();
  });
});
