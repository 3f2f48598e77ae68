import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src/app/providers';
import { createQueryClient } from '../../../src/app/query-client';
import { lazyPages } from '../../../src/app/lazy-pages';
import { AppRoutes } from '../../../src/app/routes';
import type { Language } from '../../../src/domain/language';
import { CopyLinkButton } from '../../../src/ui/copy-link-button';
import { testI18n } from '../../i18n';
import { renderApp } from '../../render';
import { committedMeta, readDataFile } from '../../support/committed-data';

/**
 * The pages of the report, the timeline, the checks, the recommendations and the data in
 * Russian and Kazakh: translated texts, plural forms, the reader's number formats, the report
 * quoted in English (and said to be), and addresses that keep or drop the language as they
 * should.
 */

const events = Papa.parse<Record<string, string>>(readDataFile('events.csv'), {
  header: true,
  skipEmptyLines: true,
}).data;
const total = events.length;

interface CheckEntry {
  id: string;
  title: string;
  paragraph: number;
  statement: string;
  translations?: Partial<Record<Language, { title?: string }>>;
}
const checks = JSON.parse(readDataFile('checks.json')) as CheckEntry[];

interface Resource {
  name: string;
  path: string;
  title?: string;
  bytes?: number;
}
const descriptor = JSON.parse(readDataFile('datapackage.json')) as {
  name?: string;
  version: string;
  resources: Resource[];
};

/**
 * The app as it runs at "/<language>/…": the router's basename carries the prefix, so page
 * links get it; files must not.
 */
function renderPrefixed(path: string, language: Language): void {
  render(
    <AppProviders
      queryClient={createQueryClient({ retryDelay: 0 })}
      i18n={testI18n(language)}
      sitePaths={{ basePath: '', language }}
    >
      <MemoryRouter basename={`/${language}`} initialEntries={[`/${language}${path}`]}>
        <AppRoutes pages={lazyPages} />
      </MemoryRouter>
    </AppProviders>,
  );
}

/** Intl's decimal separator in a language ("," in Russian and Kazakh). */
const decimalSeparator = (language: Language): string =>
  new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')
    ?.value ?? '.';

describe('timeline in Kazakh and Russian', () => {
  it('translates the page, the filters and the count, and quotes the report in English', async () => {
    renderApp('/timeline', undefined, { language: 'kk' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Шаралар хронологиясы' }),
    ).toBeInTheDocument();
    const count = await screen.findByText(`${total} шараның ${total} шарасы көрсетілді`);
    expect(count).toHaveAttribute('aria-live', 'polite');
    // Kinds and bodies are named in Kazakh, with their counts.
    const kinds = screen.getByRole('group', { name: /Шара түрі/ });
    const trainings = events.filter((row) => row.kind === 'training').length;
    expect(
      within(kinds).getByRole('checkbox', { name: `Оқыту (${trainings})` }),
    ).toBeInTheDocument();
    const bodies = screen.getByRole('group', { name: /Шығарған немесе ұйымдастырған/ });
    expect(within(bodies).getByRole('checkbox', { name: /^Бас прокурор \(/ })).toBeInTheDocument();
    // The event's curated title in Kazakh; the report's words in English, labelled as such.
    const registration = events.find((row) => row.id === 'electronic-registration-instructions');
    const entry = screen.getByRole('listitem', { name: registration?.title_kk });
    expect(within(entry).getByText('Нұсқаулық · Бас прокурор · № 162')).toBeInTheDocument();
    expect(within(entry).getByText(registration?.quote ?? '')).toHaveAttribute('lang', 'en');
    expect(within(entry).getByText('Түпнұсқа мәтін (ағылшын тілінде)')).toBeInTheDocument();
    expect(
      within(entry).getByRole('link', { name: `Баяндаманың ${registration?.paragraph}-абзацы` }),
    ).toHaveAttribute('href', `/source#p${registration?.paragraph}`);
  });

  it('chooses the Russian plural form of the count as the number requires', async () => {
    const user = userEvent.setup();
    renderApp('/timeline', undefined, { language: 'ru' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Хронология мер' }),
    ).toBeInTheDocument();
    // "из 1 меры", "из 2 мер", "из 5 мер", "из 21 меры" …
    const noun = (n: number): string =>
      ({ one: 'меры', few: 'мер', many: 'мер', other: 'меры' })[
        new Intl.PluralRules('ru').select(n) as 'one' | 'few' | 'many' | 'other'
      ];
    await screen.findByText(`Показано ${total} из ${total} ${noun(total)}`);
    const trainings = events.filter((row) => row.kind === 'training').length;
    await user.click(screen.getByRole('checkbox', { name: `Обучение (${trainings})` }));
    expect(
      screen.getByText(`Показано ${trainings} из ${total} ${noun(total)}`),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    expect(screen.getByText(`Показано ${total} из ${total} ${noun(total)}`)).toBeInTheDocument();
  });
});

describe('fact checks in Kazakh', () => {
  it('shows the curated titles and verdicts in Kazakh and the statements in English', async () => {
    renderApp('/checks', undefined, { language: 'kk' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Фактілерді тексеру: баяндама өз сандарымен салыстырғанда',
      }),
    ).toBeInTheDocument();
    const check = checks.find((c) => c.translations?.kk?.title) ?? checks[0];
    if (!check) throw new Error('no check in data/checks.json');
    const card = await screen.findByRole('article', {
      name: check.translations?.kk?.title ?? check.title,
    });
    const statement = within(card).getByText(check.statement);
    expect(statement).toHaveAttribute('lang', 'en');
    expect(within(card).getByText('Түпнұсқа мәтін (ағылшын тілінде)')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: `Баяндаманың ${check.paragraph}-абзацы` }),
    ).toBeInTheDocument();
    const summary = await screen.findByRole('list', { name: 'Қорытындылар бойынша тексерулер' });
    expect(within(summary).getByText('Сәйкес келеді')).toBeInTheDocument();
    expect(within(summary).getByText('Тексеру мүмкін емес')).toBeInTheDocument();
  });
});

describe('the report in Russian', () => {
  it('frames the English report in Russian, labelled as the original text', async () => {
    renderApp('/source', undefined, { language: 'ru' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Доклад' })).toBeInTheDocument();
    expect(screen.getAllByText('Оригинальный текст (на английском)')).toHaveLength(1);
    const anchor = await screen.findByRole('link', { name: 'Абзац 17' });
    expect(anchor).toHaveAttribute('href', '#p17');
    expect(anchor.closest('.report-text')).toHaveAttribute('lang', 'en');
    // Once the indicators are in, the paragraph lists them in Russian words.
    const p17 = document.getElementById('p17');
    if (!p17) throw new Error('no paragraph 17');
    expect(await within(p17).findByText(/^Цифры использованы в показателях:/)).toHaveAttribute(
      'lang',
      'ru',
    );
  });
});

describe('recommendations in Russian', () => {
  it('translates the page and quotes the report’s headings in English', async () => {
    renderApp('/recommendations', undefined, { language: 'ru' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Рекомендации Комитета и ответы доклада на них',
      }),
    ).toBeInTheDocument();
    const sections = await screen.findAllByRole('heading', {
      level: 2,
      name: /^Заключительные замечания, /,
    });
    expect(sections.length).toBeGreaterThan(0);
    expect(screen.getByRole('navigation', { name: 'Рекомендации' })).toBeInTheDocument();
    expect(screen.getAllByText('Что говорится в докладе').length).toBe(sections.length);
    // The indicators bearing on a recommendation are named in Russian once their files are in.
    const catalogue = JSON.parse(readDataFile('catalogue.json')) as {
      indicators: { id: string; recommendations: string[] }[];
    };
    const entry = catalogue.indicators.find((e) => e.recommendations.length > 0);
    if (!entry) throw new Error('no indicator bears on a recommendation');
    const title = committedMeta(entry.id).translations?.ru?.title;
    expect(title).toBeDefined();
    const links = await screen.findAllByRole('link', { name: title });
    expect(links[0]).toHaveAttribute('href', `/indicators/${entry.id}`);
  });
});

describe('data catalogue in Russian, at /ru/data', () => {
  it('translates the page, formats sizes the Russian way and links files without /ru', async () => {
    renderPrefixed('/data', 'ru');
    expect(await screen.findByRole('heading', { level: 1, name: 'Данные' })).toBeInTheDocument();
    const resource = descriptor.resources.find(
      (r) => /^indicators\/.*\.csv$/.test(r.path) && (r.bytes ?? 0) >= 1000,
    );
    if (!resource?.bytes) throw new Error('no indicator table of 1 kB or more');
    const card = await screen.findByRole('article', { name: resource.title ?? resource.name });
    // The file's address is the same in every language.
    expect(within(card).getByRole('link', { name: resource.path })).toHaveAttribute(
      'href',
      `/data/${resource.path}`,
    );
    // "12,3 kB": Intl's Russian decimal separator, whatever the unit is called.
    const size = new Intl.NumberFormat('ru', { maximumFractionDigits: 1 }).format(
      resource.bytes / 1000,
    );
    expect(size).toContain(decimalSeparator('ru'));
    expect(within(card).getByText('Размер').nextElementSibling?.textContent).toContain(size);
    const wholeSet = screen.getByRole('region', { name: 'Полный набор' });
    for (const link of within(wholeSet).getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^\/data\/[^/]+$/);
    }
    expect(
      within(wholeSet).getByRole('link', { name: /Дескриптор пакета данных/ }),
    ).toHaveAttribute('href', '/data/datapackage.json');
    // Page links, by contrast, keep the reader's language.
    expect(screen.getByRole('link', { name: 'Хронология' })).toHaveAttribute(
      'href',
      '/ru/timeline',
    );
  });
});

describe('a page that does not exist, in Kazakh', () => {
  it('says so in Kazakh and offers the way back', async () => {
    renderApp('/nowhere', undefined, { language: 'kk' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Бет табылмады' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^\/nowhere мекенжайында ештеңе жарияланбаған/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Барлық көрсеткіштер' })).toBeInTheDocument();
  });
});

describe('copy link button in Russian', () => {
  it('copies the view’s address with its language named, and says so in Russian', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.history.replaceState(null, '', '/ru/indicators/prison-mortality?view=table#chart');
    render(
      <AppProviders
        queryClient={createQueryClient()}
        i18n={testI18n('ru')}
        sitePaths={{ basePath: '/kz', language: 'ru' }}
      >
        <MemoryRouter basename="/kz/ru" initialEntries={['/kz/ru/indicators/prison-mortality']}>
          <CopyLinkButton />
        </MemoryRouter>
      </AppProviders>,
    );
    await user.click(screen.getByRole('button', { name: 'Копировать ссылку на этот вид' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/kz/ru/indicators/prison-mortality?view=table#chart`,
    );
    expect(await screen.findByText('Ссылка скопирована.')).toBeInTheDocument();
  });
});
