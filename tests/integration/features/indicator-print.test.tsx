import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PrintAddress } from '../../../src/features/indicator/components/print-address';
import { SitePathsContext } from '../../../src/ui/site-paths';
import { renderApp } from '../../render';
import { committedMeta } from '../../support/committed-data';

describe('an indicator page on paper', () => {
  it('carries its own address, shown only when printed', async () => {
    renderApp('/indicators/prison-mortality?series=suicides&view=table');
    await screen.findByRole('heading', {
      level: 1,
      name: committedMeta('prison-mortality').title,
    });
    const address = document.querySelector('.indicator-header .print-only');
    expect(address).not.toBeNull();
    // The canonical page in its language, absolute once the page knows its origin; the view
    // is left out.
    expect(address).toHaveTextContent(
      `Online at ${window.location.origin}/en/indicators/prison-mortality`,
    );
    expect(address?.textContent).not.toContain('?');
  });

  it('gives the address within the site when prerendered, as hydration must find it', () => {
    const html = renderToString(
      <SitePathsContext.Provider value={{ basePath: '/dashboard', language: 'ru' }}>
        <StaticRouter location="/dashboard/ru/indicators/prison-mortality" basename="/dashboard/ru">
          <PrintAddress id="prison-mortality" />
        </StaticRouter>
      </SitePathsContext.Provider>,
    );
    expect(html).toContain('/dashboard/ru/indicators/prison-mortality');
    expect(html).not.toContain('http');
  });
});
