import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import enCommon from '../../../src/app/i18n/locales/en/common.json';
import ruCommon from '../../../src/app/i18n/locales/ru/common.json';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../src/domain/language';
import { renderApp } from '../../render';

/** Each language's link in the switcher, by its name, with its address once the view joined it. */
const languageLinks = (label: string): Record<string, string | null> => {
  const nav = screen.getByRole('navigation', { name: label });
  return Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      within(nav).getByRole('link', { name: LANGUAGE_NAMES[language] }).getAttribute('href'),
    ]),
  );
};

describe('the language switcher', () => {
  // The links read the view from the address, which the page's own view changes outside the
  // router; the memory router here leaves the address alone, so each test sets it.
  const visit = (address: string) => {
    window.history.replaceState(null, '', address);
    renderApp(address);
  };
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('links this very page in each language, its view and anchor kept', async () => {
    visit('/checks?lang=x#check-1');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(languageLinks(enCommon.language.label)).toEqual({
        en: '/en/checks?lang=x#check-1',
        ru: '/ru/checks?lang=x#check-1',
        kk: '/kk/checks?lang=x#check-1',
      }),
    );
  });

  // The host answers every unknown address with the one prerendered 404.html, in English:
  // "/ru/<the same unknown path>" would show that page again to a reader without JavaScript.
  it.each([
    ['en', enCommon.language.label],
    ['ru', ruCommon.language.label],
  ] as const)(
    'leads from the not-found page (%s) to each language’s home, not the unknown address',
    async (language, label) => {
      window.history.replaceState(null, '', '/no-such-page?series=x#top');
      renderApp('/no-such-page?series=x#top', undefined, { language });
      // Rendered, so the view (search, hash) would have joined the links by now.
      await screen.findByRole('heading', { level: 1 });
      expect(languageLinks(label)).toEqual({ en: '/en/', ru: '/ru/', kk: '/kk/' });
    },
  );
});
