// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues';
import { validateChecks } from '../../src/data/validate-checks';
import { validateEvents } from '../../src/data/validate-events';
import { validateTopics } from '../../src/data/validate-topics';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../src/domain/model';
import { indicatorIdsOnDisk, loadIndicator, readData } from './committed-files';

/**
 * The committed data is translated completely into every interface language but English:
 * each indicator's texts, every series label and every note its CSV holds (and none it no
 * longer holds), and each topic, fact check and timeline event. Everything is computed from
 * the files, read with the validators the app runs, so a new indicator, series, note or
 * event fails here until it is translated.
 */

const ids = indicatorIdsOnDisk();
const topics = validateTopics(readData('topics.json'), 'data/topics.json');
const checks = validateChecks(readData('checks.json'), 'data/checks.json');
const events = validateEvents(readData('events.csv'), 'data/events.csv');

const sorted = (values: Iterable<string>): string[] => [...values].sort();
const keys = (map: Record<string, string> | undefined): string[] => sorted(Object.keys(map ?? {}));

/** A translation and the English text it translates, named for a failure message. */
interface Pair {
  where: string;
  language: TranslationLanguage;
  english: string;
  translated: string | undefined;
}

const pairs: Pair[] = [];

for (const id of ids) {
  const { meta, observations } = loadIndicator(id);
  const notes = new Set(observations.map((o) => o.note).filter((note) => note !== ''));
  for (const language of TRANSLATION_LANGUAGES) {
    const texts = meta?.translations?.[language];
    const at = `indicators/${id}.json translations.${language}`;
    for (const field of ['title', 'subtitle', 'description'] as const)
      pairs.push({
        where: `${at}.${field}`,
        language,
        english: meta?.[field] ?? '',
        translated: texts?.[field],
      });
    for (const series of meta?.series ?? [])
      pairs.push({
        where: `${at}.series.${series.id}`,
        language,
        english: series.label,
        translated: texts?.series?.[series.id],
      });
    for (const note of notes)
      pairs.push({
        where: `${at}.notes["${note}"]`,
        language,
        english: note,
        translated: texts?.notes?.[note],
      });
  }
}
for (const [index, topic] of (topics.ok ? topics.value : []).entries())
  for (const language of TRANSLATION_LANGUAGES)
    pairs.push({
      where: `topics.json [${index}] ${topic.id}`,
      language,
      english: topic.title,
      translated: topic.translations?.[language]?.title,
    });
for (const check of checks.ok ? checks.value : [])
  for (const language of TRANSLATION_LANGUAGES)
    pairs.push({
      where: `checks.json ${check.id}`,
      language,
      english: check.title,
      translated: check.translations?.[language]?.title,
    });
for (const event of events.events)
  for (const language of TRANSLATION_LANGUAGES) {
    const texts = event.translations?.[language];
    pairs.push({
      where: `events.csv ${event.id} title_${language}`,
      language,
      english: event.title,
      translated: texts?.title,
    });
    if (event.note !== '')
      pairs.push({
        where: `events.csv ${event.id} note_${language}`,
        language,
        english: event.note,
        translated: texts?.note,
      });
  }

/**
 * The figures a text states, as numbers: "1,500", "19.2" in English; "1500", "13 200",
 * "19,2" in Russian and Kazakh. Words for numbers ("three", "восьми") are not figures.
 */
function figures(text: string, language: TranslationLanguage | 'en'): string[] {
  const pattern =
    language === 'en'
      ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
      : /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
  const found = (text.match(pattern) ?? []).map((figure) =>
    language === 'en'
      ? figure.replace(/,/g, '')
      : figure.replace(/[\u00a0\u202f ]/g, '').replace(',', '.'),
  );
  return sorted(new Set(found));
}

/** The text outside «quotes» and (parentheses), where the report's own English words may stay. */
const outsideQuotes = (text: string): string => text.replace(/«[^»]*»|\([^)]*\)/g, '');

describe('data translations', () => {
  it('reads every file it checks without an issue', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.flatMap((id) => loadIndicator(id).issues).map(formatIssue)).toEqual([]);
    expect(topics.ok ? [] : topics.issues.map(formatIssue)).toEqual([]);
    expect(checks.ok ? [] : checks.issues.map(formatIssue)).toEqual([]);
    expect(events.issues.map(formatIssue)).toEqual([]);
    expect(events.events.length).toBeGreaterThan(0);
  });

  it('translates into ru and kk only', () => {
    expect(TRANSLATION_LANGUAGES).toEqual(['ru', 'kk']);
  });

  it.each(ids)(
    'indicators/%s.json: a translation for every series and only the declared ones',
    (id) => {
      const { meta } = loadIndicator(id);
      const declared = sorted((meta?.series ?? []).map((s) => s.id));
      for (const language of TRANSLATION_LANGUAGES)
        expect(keys(meta?.translations?.[language]?.series), language).toEqual(declared);
    },
  );

  it.each(ids)(
    'indicators/%s.json: a translation for every note of its CSV and none for a note it no longer has',
    (id) => {
      const { meta, observations } = loadIndicator(id);
      const notes = sorted(new Set(observations.map((o) => o.note).filter((n) => n !== '')));
      for (const language of TRANSLATION_LANGUAGES)
        expect(keys(meta?.translations?.[language]?.notes), language).toEqual(notes);
    },
  );

  it('every text has its translation in each language', () => {
    const missing = pairs
      .filter((p) => p.translated === undefined)
      .map((p) => `${p.where} (${p.language})`);
    expect(missing).toEqual([]);
    // Every topic, check and event was counted, in both languages.
    const count = (prefix: string) => pairs.filter((p) => p.where.startsWith(prefix)).length;
    expect(count('topics.json')).toBe((topics.ok ? topics.value.length : -1) * 2);
    expect(count('checks.json')).toBe((checks.ok ? checks.value.length : -1) * 2);
    const eventNotes = events.events.filter((e) => e.note !== '').length;
    expect(count('events.csv')).toBe((events.events.length + eventNotes) * 2);
  });

  it('gives no translated note to an event without an English note', () => {
    const stray = events.events
      .filter((e) => e.note === '')
      .filter((e) => TRANSLATION_LANGUAGES.some((l) => e.translations?.[l]?.note !== undefined))
      .map((e) => e.id);
    expect(stray).toEqual([]);
  });

  it('states the same figures as the English text, written the language’s way', () => {
    const changed = pairs
      .filter((p) => p.translated !== undefined)
      .filter((p) => figures(p.english, 'en').join() !== figures(p.translated!, p.language).join())
      .map(
        (p) =>
          `${p.where}: ${figures(p.english, 'en').join()} → ${figures(p.translated!, p.language).join()}`,
      );
    expect(changed).toEqual([]);
  });

  it('is a translation: not the English text, no English outside quotes and parentheses', () => {
    const untranslated = pairs
      .filter((p) => p.translated !== undefined)
      .filter((p) => p.translated === p.english || /[A-Za-z]/.test(outsideQuotes(p.translated!)))
      .map((p) => `${p.where}: ${p.translated}`);
    expect(untranslated).toEqual([]);
  });

  it('the Kazakh text is not the Russian one', () => {
    const byPlace = new Map<string, Partial<Record<TranslationLanguage, string>>>();
    for (const p of pairs) {
      const place = p.where.replace(/(translations\.|title_|note_)(ru|kk)/, '$1*');
      byPlace.set(place, { ...byPlace.get(place), [p.language]: p.translated });
    }
    const same = [...byPlace]
      .filter(([, texts]) => texts.ru !== undefined && texts.ru === texts.kk)
      .map(([place]) => place);
    expect(same).toEqual([]);
  });
});
