import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../../src/app/i18n/locales/en/common.json';
import kk from '../../../src/app/i18n/locales/kk/common.json';
import { PRERENDERED_NOT_FOUND_PATH } from '../../../src/domain/prerendered-not-found-path';
import { renderApp } from '../../render';

describe('the not-found page', () => {
  it('names the address the reader asked for', async () => {
    renderApp('/no/such-page');
    expect(
      await screen.findByText(en.notFound.message.replace('{{path}}', '/no/such-page')),
    ).toBeInTheDocument();
  });

  // Rendered at this path into 404.html, which a host serves at every unknown address: naming
  // "/404" would tell a reader without JavaScript the wrong address.
  it.each([
    ['en', en],
    ['kk', kk],
  ] as const)(
    'names no address where the build renders 404.html (%s)',
    async (language, catalogue) => {
      renderApp(PRERENDERED_NOT_FOUND_PATH, undefined, { language });
      expect(await screen.findByText(catalogue.notFound.messageWithoutAddress)).toBeInTheDocument();
      expect(screen.queryByText(/\/404/)).not.toBeInTheDocument();
    },
  );
});
