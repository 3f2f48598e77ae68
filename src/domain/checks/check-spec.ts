import type { Direction, TitleTranslation, Translations } from '../model';

/**
 * Fact checks, as declared in data/checks.json: which figures of the report a statement
 * relates and how. Specs never carry a verdict; verdicts are computed from the rows.
 */

export const CHECK_KINDS = [
  'sum',
  'part_of',
  'percent_change',
  'trend',
  'implied_base',
  'required_pace',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const VERDICTS = [
  'consistent',
  'approximately_consistent',
  'inconsistent',
  'cannot_verify',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One observation row: indicator, series and period ("2023", or "2023-2024" for two years). */
export interface RowRef {
  indicator: string;
  series: string;
  period: string;
}

/** A whole series of an indicator. */
export interface SeriesRef {
  indicator: string;
  series: string;
}

interface CheckBase {
  id: string;
  /** A short title naming the claim ("Deaths in the January 2022 events add up"). */
  title: string;
  paragraph: number;
  /** The report's words that make the claim, verbatim from the paragraph. */
  statement: string;
  /** The title in the other interface languages; the statement, a quote, stays English. */
  translations?: Translations<TitleTranslation>;
}

/** The parts add up to the stated total (which may be a floor: "over 400"). */
export interface SumCheck extends CheckBase {
  kind: 'sum';
  total: RowRef;
  parts: RowRef[];
  /** Relative difference still called approximately consistent (e.g. 0.02); default 0. */
  tolerance?: number;
}

/** A part ("including 45 senior officials") is not larger than its whole. */
export interface PartOfCheck extends CheckBase {
  kind: 'part_of';
  whole: RowRef;
  part: RowRef;
}

/** A stated percentage change against the change computed from the two figures. */
export interface PercentChangeCheck extends CheckBase {
  kind: 'percent_change';
  from: RowRef;
  to: RowRef;
  /** The row holding the stated percentage, as a positive number. */
  stated: RowRef;
  statedDirection: Direction;
  /** Percentage points of rounding allowed (0.5 for a whole-number percentage). */
  tolerancePoints: number;
}

/** A stated trend ("a downward trend") against the series over the stated years. */
export interface TrendCheck extends CheckBase {
  kind: 'trend';
  series: SeriesRef;
  from: number;
  to: number;
  stated: Direction;
}

/** Shares stated with counts imply a total (count ÷ share); two pairs should agree. */
export interface ImpliedBaseCheck extends CheckBase {
  kind: 'implied_base';
  pairs: { share: RowRef; count: RowRef }[];
  /** Relative difference between the implied totals still called consistent. */
  tolerance: number;
}

/** The straight-line pace a series must keep to reach its stated target. */
export interface RequiredPaceCheck extends CheckBase {
  kind: 'required_pace';
  series: SeriesRef;
}

export type CheckSpec =
  SumCheck | PartOfCheck | PercentChangeCheck | TrendCheck | ImpliedBaseCheck | RequiredPaceCheck;

/** "2023" → 2023–2023, "2023-2024" → 2023–2024; undefined when malformed. */
export function parseRefPeriod(period: string): { start: number; end: number } | undefined {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  return end >= start ? { start, end } : undefined;
}
