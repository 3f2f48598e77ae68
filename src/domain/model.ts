import { LANGUAGES, type Language } from './language';

/**
 * The indicator model: plain data, no behaviour. Closed sets are `as const` arrays so that
 * a test can compare them with the enums declared in the Table Schema (drift check).
 */

export const QUALIFIERS = ['exact', 'about', 'more_than', 'over'] as const;
/** How the source qualifies a value. `more_than` and `over` are lower bounds, kept apart to quote the source's own word. */
export type Qualifier = (typeof QUALIFIERS)[number];

export const KINDS = ['actual', 'target', 'planned', 'legal_limit'] as const;
export type Kind = (typeof KINDS)[number];

export const UNITS = [
  'persons',
  'officials',
  'deaths',
  'cases',
  'investigations',
  'submissions',
  'cameras',
  'facilities',
  'housing_units',
  'places',
  'beds',
  'visits',
  'documents',
  'hours',
  'percent',
] as const;
export type Unit = (typeof UNITS)[number];

export const CHART_TYPES = ['trend', 'target', 'bars'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** Calendar years, inclusive. A one-year figure has `start === end`. */
export interface Period {
  start: number;
  end: number;
}

/** One figure as the source states it. */
export interface Observation {
  source: string;
  indicator: string;
  series: string;
  period: Period;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  kind: Kind;
  paragraph: number;
  quote: string;
  note: string;
}

export const DIRECTIONS = ['increase', 'decrease'] as const;
/** Which way a series should move to improve, where it has a target. */
export type Direction = (typeof DIRECTIONS)[number];

export interface SeriesMeta {
  id: string;
  label: string;
  unit: Unit;
  /** Set where the series has a target, so that "met" is defined even with one actual. */
  desiredDirection?: Direction;
}

export interface ChartSpec {
  type: ChartType;
  /** The series drawn in the chart, in legend order; the other series are shown as figures. */
  series: string[];
}

export interface IndicatorMeta {
  id: string;
  title: string;
  subtitle: string;
  topic: string;
  description: string;
  /** The series whose latest value the indicator's card shows. */
  headlineSeries: string;
  chart: ChartSpec;
  series: SeriesMeta[];
  /** Paragraphs of the concluding observations (e.g. "21", "11-15") the indicator bears on. */
  recommendations: string[];
  /** The texts in the other interface languages; a missing text falls back to English. */
  translations?: Translations<IndicatorTextTranslation>;
}

export interface Indicator {
  meta: IndicatorMeta;
  observations: Observation[];
}

export interface Topic {
  id: string;
  title: string;
  translations?: Translations<TitleTranslation>;
}

/**
 * The languages a data text is translated into: every interface language but English, the
 * language of the report and of the data files' own texts.
 */
export type TranslationLanguage = Exclude<Language, 'en'>;

export const TRANSLATION_LANGUAGES: readonly TranslationLanguage[] = LANGUAGES.filter(
  (language): language is TranslationLanguage => language !== 'en',
);

/** A data file's translations of its own texts, by language; any language may be missing. */
export type Translations<T> = Partial<Record<TranslationLanguage, T>>;

/**
 * An indicator's texts in one language. Every field is optional: what is missing is shown in
 * English. Quotes, ids, units and numbers are never translated.
 */
export interface IndicatorTextTranslation {
  title?: string;
  subtitle?: string;
  description?: string;
  /** Series labels by series id. */
  series?: Record<string, string>;
  /**
   * Observation notes by their exact English text (as in the CSV's note column), so that an
   * edited English note shows as untranslated rather than with a stale translation.
   */
  notes?: Record<string, string>;
}

/** The translated title of a topic or a fact check. */
export interface TitleTranslation {
  title?: string;
}
