import type { CheckSpec } from './checks/check-spec';
import type { TimelineEvent } from './events';
import type { Language } from './language';
import type {
  Indicator,
  IndicatorMeta,
  Observation,
  TitleTranslation,
  Topic,
  Translations,
} from './model';

/**
 * The data's own texts in the reader's language, from the translations the data files carry
 * (see data/indicators/<id>.json "translations", data/topics.json, data/checks.json and the
 * title_ru … note_kk columns of data/events.csv). Pure: no React, no i18next.
 *
 * For English, or a language with no translation, each function returns its input itself.
 * A missing text falls back to the English one, field by field. Only curator-written texts
 * are translated: quotes of the report, ids, units and numbers never are.
 */

/** An own property of a translation map; never one inherited from Object.prototype. */
function lookUp(
  map: Readonly<Record<string, string>> | undefined,
  key: string,
): string | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** An indicator's title, subtitle, description and series labels. */
export function localiseIndicatorMeta(meta: IndicatorMeta, language: Language): IndicatorMeta {
  if (language === 'en') return meta;
  const texts = meta.translations?.[language];
  if (!texts) return meta;
  const { series: labels } = texts;
  return {
    ...meta,
    title: texts.title ?? meta.title,
    subtitle: texts.subtitle ?? meta.subtitle,
    description: texts.description ?? meta.description,
    series: meta.series.map((series) => {
      const label = lookUp(labels, series.id);
      return label === undefined ? series : { ...series, label };
    }),
  };
}

/**
 * An indicator's texts and each observation's note, looked up by its English text. A note
 * with no translation (a new or edited English note) stays English.
 */
export function localiseIndicator(indicator: Indicator, language: Language): Indicator {
  if (language === 'en') return indicator;
  const notes = indicator.meta.translations?.[language]?.notes;
  const meta = localiseIndicatorMeta(indicator.meta, language);
  if (meta === indicator.meta) return indicator;
  return {
    meta,
    observations: indicator.observations.map((observation): Observation => {
      const note = observation.note === '' ? undefined : lookUp(notes, observation.note);
      return note === undefined ? observation : { ...observation, note };
    }),
  };
}

/** Anything named by a title with its translations: a topic, a catalogue entry. */
export function localiseTitled<
  T extends { title: string; translations?: Translations<TitleTranslation> },
>(item: T, language: Language): T {
  if (language === 'en') return item;
  const title = item.translations?.[language]?.title;
  return title === undefined ? item : { ...item, title };
}

/** A topic's title. */
export function localiseTopic(topic: Topic, language: Language): Topic {
  return localiseTitled(topic, language);
}

/** A fact check's title; its statement quotes the report and stays English. */
export function localiseCheckSpec<T extends CheckSpec>(check: T, language: Language): T {
  if (language === 'en') return check;
  const title = check.translations?.[language]?.title;
  return title === undefined ? check : { ...check, title };
}

/** A timeline event's title and note; its quote stays English. */
export function localiseEvent(event: TimelineEvent, language: Language): TimelineEvent {
  if (language === 'en') return event;
  const texts = event.translations?.[language];
  if (!texts) return event;
  return {
    ...event,
    title: texts.title ?? event.title,
    // An English note left empty has nothing to translate.
    note: event.note === '' ? '' : (texts.note ?? event.note),
  };
}
