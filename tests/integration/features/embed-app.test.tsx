import { render, screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedApp } from '../../../src/app/embed-app';
import { createI18n } from '../../../src/app/i18n/create-i18n';
import enEmbed from '../../../src/app/i18n/locales/en/embed-namespaces';
import kkEmbed from '../../../src/app/i18n/locales/kk/embed-namespaces';
import ruEmbed from '../../../src/app/i18n/locales/ru/embed-namespaces';
import type { EmbedCatalogue } from '../../../src/app/i18n/namespaces';
import { createQueryClient } from '../../../src/app/query-client';
import { LANGUAGES, type Language } from '../../../src/domain/language';
import { localiseIndicatorMeta } from '../../../src/domain/localise';
import { testI18n } from '../../i18n';
import { serveStatus } from '../../msw/handlers';
import { server } from '../../msw/server';
import { committedMeta } from '../../support/committed-data';

const EMBED_CATALOGUES: Record<Language, EmbedCatalogue> = {
  en: enEmbed,
  ru: ruEmbed,
  kk: kkEmbed,
};
const ID = 'prison-mortality';

/** The embed as src/app/embed-start.tsx starts it: its own app, without the router. */
function renderEmbed(i18n: I18n, { id = ID, search = '' } = {}) {
  const language = i18n.language as Language;
  return render(
    <EmbedApp
      id={id}
      search={search}
      queryClient={createQueryClient({ retryDelay: 0 })}
      i18n={i18n}
      sitePaths={{ basePath: '', language }}
    />,
  );
}

/** Everything a reader or a screen reader gets from the embed: text and accessible names. */
function wordsOnPage(): string {
  const main = screen.getByRole('main');
  const labels = [...main.querySelectorAll('[aria-label]')].map((element) =>
    element.getAttribute('aria-label'),
  );
  return [main.textContent, ...labels].join('\n');
}

/** Renders the embed once with a catalogue and returns what it says once `settled` holds. */
async function embedWords(
  i18n: I18n,
  settled: () => Promise<unknown>,
  options?: { id?: string },
): Promise<string> {
  const view = renderEmbed(i18n, options);
  await settled();
  const words = wordsOnPage();
  view.unmount();
  return words;
}

afterEach(() => document.documentElement.removeAttribute('data-theme'));

describe.each(LANGUAGES)('an embed in %s, with only its namespaces loaded', (language) => {
  const title = localiseIndicatorMeta(committedMeta(ID), language).title;
  const embedOnly = () => createI18n(language, EMBED_CATALOGUES[language]);

  it('says exactly what it says with the whole catalogue: no message is missing', async () => {
    const chartDrawn = async () => {
      await screen.findByRole('heading', { level: 1, name: title });
      await waitFor(() => expect(document.querySelector('.embed-source a')).not.toBeNull());
      // The interactive chart, loaded on demand, has drawn its axes.
      await waitFor(
        () => expect(document.querySelector('main svg')?.textContent).toContain('2023'),
        {
          timeout: 10_000,
        },
      );
    };
    const whole = await embedWords(testI18n(language), chartDrawn);
    const partial = await embedWords(embedOnly(), chartDrawn);
    expect(whole).toContain(title);
    expect(partial).toBe(whole);
  });

  it('names an unknown indicator with its own messages', async () => {
    const shown = () =>
      waitFor(() => expect(document.querySelector('.embed-missing')).not.toBeNull());
    const whole = await embedWords(testI18n(language), shown, { id: 'no-such-chart' });
    const partial = await embedWords(embedOnly(), shown, { id: 'no-such-chart' });
    expect(whole).toContain('no-such-chart');
    expect(partial).toBe(whole);
  });

  it('explains a failed load, with a retry, with its own messages', async () => {
    server.use(serveStatus(`indicators/${ID}.csv`, 500, 'Internal Server Error'));
    const failed = () => screen.findByRole('button', {}, { timeout: 10_000 });
    const whole = await embedWords(testI18n(language), failed);
    const partial = await embedWords(embedOnly(), failed);
    expect(screen.queryByRole('heading', { level: 1, name: title })).toBeNull();
    expect(partial).toBe(whole);
  });
});

describe('an embed started without the router', () => {
  it('applies its address’s ?series= and ?theme= once hydrated, and links to the full page', async () => {
    renderEmbed(testI18n('ru'), { search: '?series=suicides&theme=dark' });
    const title = localiseIndicatorMeta(committedMeta(ID), 'ru').title;
    await screen.findByRole('heading', { level: 1, name: title });
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    const link = document.querySelector('.embed-source a');
    expect(link).toHaveAttribute('href', `/ru/indicators/${ID}`);
    expect(link).toHaveAttribute('target', '_top');
  });
});
