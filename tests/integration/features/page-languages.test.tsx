import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/domain/language';
import type { IndicatorMeta } from '../../../src/domain/model';
import { renderApp } from '../../render';
import { committedMeta, readDataFile } from '../../support/committed-data';

const ID = 'cell-confinement';

/** An indicator's title in a language, as its data file's translations give it. */
function translatedTitle(id: string, language: Exclude<Language, 'en'>): string {
  const meta: IndicatorMeta = committedMeta(id);
  const title = meta.translations?.[language]?.title;
  if (title === undefined) throw new Error(`${id} has no ${language} title`);
  return title;
}

/** A percentage as Intl writes it in a language (its decimal comma and its own space). */
function percent(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    value / 100,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe.each([
  {
    language: 'ru' as const,
    headings: ['Продвижение к целевому значению', 'Об этих цифрах', 'Источник'],
    tabs: ['График', 'Таблица'],
    download: 'Скачать',
    embed: 'Встроить этот график',
    iframeLabel: 'Код для встраивания: интерактивный график',
    imageLabel: 'Код для встраивания: изображение графика',
    latest: (value: string) => `${value} в 2023 году`,
  },
  {
    language: 'kk' as const,
    headings: ['Нысаналы мәнге қарай ілгерілеу', 'Осы сандар туралы', 'Дереккөз'],
    tabs: ['График', 'Кесте'],
    download: 'Жүктеп алу',
    embed: 'Осы графикті ендіру',
    iframeLabel: 'Ендіру коды: интерактивті график',
    imageLabel: 'Ендіру коды: графиктің суреті',
    latest: (value: string) => `${value} (2023 ж.)`,
  },
])('the indicator page in $language', (expected) => {
  const { language } = expected;

  it('shows its title, headings and controls in the language, numbers as it writes them', async () => {
    renderApp(`/indicators/${ID}`, undefined, { language });
    expect(
      await screen.findByRole('heading', { level: 1, name: translatedTitle(ID, language) }),
    ).toBeInTheDocument();
    for (const name of expected.headings) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    for (const name of expected.tabs) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: expected.download })).toBeInTheDocument();
    // 19.2 % in 2023: a decimal comma, and whatever space Intl puts before the sign.
    const share = percent(19.2, language);
    expect(share).toContain('19,2');
    const latest = expected.latest(share);
    expect(
      screen.getByText((_, element) => element?.tagName === 'DD' && element.textContent === latest),
    ).toBeInTheDocument();
    // The report's paragraphs stay English, marked as such and labelled for the reader.
    const source = screen.getByRole('region', { name: expected.headings[2] });
    const quote = await within(source).findAllByRole('blockquote');
    expect(quote[0]).toHaveAttribute('lang', 'en');
    expect(within(source).getAllByText(/\S/, { selector: '.original-text-label' })).toHaveLength(
      quote.length,
    );
  });

  it('gives embed code that keeps the language, with the language’s own image', async () => {
    const user = userEvent.setup();
    renderApp(`/indicators/${ID}`, undefined, { language });
    await user.click(await screen.findByText(expected.embed));
    const { origin } = window.location;
    const iframeCode = screen.getByRole('textbox', { name: expected.iframeLabel });
    const iframe = new DOMParser()
      .parseFromString((iframeCode as HTMLTextAreaElement).value, 'text/html')
      .querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(`${origin}/${language}/embed/${ID}`);
    expect(iframe?.getAttribute('title')).toContain(translatedTitle(ID, language));
    // The script is a file: one address for every language.
    expect((iframeCode as HTMLTextAreaElement).value).toContain(`${origin}/embed-resize.js`);
    const image = new DOMParser().parseFromString(
      (screen.getByRole('textbox', { name: expected.imageLabel }) as HTMLTextAreaElement).value,
      'text/html',
    );
    expect(image.querySelector('a')?.getAttribute('href')).toBe(
      `${origin}/${language}/indicators/${ID}`,
    );
    expect(image.querySelector('img')?.getAttribute('src')).toBe(
      `${origin}/images/${language}/${ID}-chart.png`,
    );
  });

  it('copies a link that names the language, and prints the page’s address in it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp(`/indicators/${ID}`, undefined, { language });
    await screen.findByRole('heading', { level: 1, name: translatedTitle(ID, language) });
    const { origin } = window.location;
    expect(document.querySelector('.print-address')).toHaveTextContent(
      `${origin}/${language}/indicators/${ID}`,
    );
    const copyLink = document.querySelector<HTMLElement>('.copy-link');
    if (!copyLink) throw new Error('no Copy link button');
    await user.click(within(copyLink).getByRole('button'));
    expect(writeText).toHaveBeenCalledWith(`${origin}/${language}/indicators/${ID}`);
  });
});

describe.each([
  { language: 'ru' as const, fullData: 'Полные данные и источники' },
  { language: 'kk' as const, fullData: 'Толық деректер мен дереккөздер' },
])('the embed in $language', ({ language, fullData }) => {
  it('shows the chart’s title in the language and links back to the page in it', async () => {
    renderApp(`/embed/${ID}`, undefined, { language });
    expect(
      await screen.findByRole('heading', { level: 1, name: translatedTitle(ID, language) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fullData })).toHaveAttribute(
      'href',
      `/${language}/indicators/${ID}`,
    );
  });
});

describe.each([
  {
    language: 'ru' as const,
    heading: 'Что Казахстан сообщил Комитету ООН против пыток',
    source: 'Источник: абзац',
  },
  {
    language: 'kk' as const,
    heading: 'Қазақстан БҰҰ-ның Азаптауға қарсы комитетіне не хабарлады',
    source: 'Дереккөз: абзац',
  },
])('the home page in $language', ({ language, heading, source }) => {
  it('speaks the language: heading, topics and the cards’ titles', async () => {
    renderApp('/', undefined, { language });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const topics = JSON.parse(readDataFile('topics.json')) as {
      id: string;
      translations: Record<string, { title: string }>;
    }[];
    const custody = topics.find((topic) => topic.id === 'custody-safeguards');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: custody?.translations[language]?.title,
      }),
    ).toBeInTheDocument();
    const card = await screen.findByRole('article', {
      name: translatedTitle(ID, language),
      busy: false,
    });
    expect(within(card).getByText(new RegExp(`^${source}`))).toBeInTheDocument();
  });
});
