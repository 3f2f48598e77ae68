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
}

export interface Indicator {
  meta: IndicatorMeta;
  observations: Observation[];
}

export interface Topic {
  id: string;
  title: string;
}
