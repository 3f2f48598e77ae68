/**
 * Dates at the precision a source states them: a year ("in 2009"), a month ("of August
 * 2021") or a day ("of 24 December 2014"). A missing month or day stays missing rather than
 * becoming 1 January, so the timeline never claims a precision the report does not give.
 */

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** The ISO text: "2009", "2021-08" or "2014-12-24" (also a valid HTML `datetime`). */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12; undefined for a year. */
  month?: number;
  /** 1–31; undefined for a year or a month. */
  day?: number;
}

const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * "2014-12-24" → a day, "2021-08" → a month, "2009" → a year; undefined for anything else,
 * including dates that do not exist ("2023-02-29", "2023-13").
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = ISO_PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: text, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { iso: text, precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { iso: text, precision: 'day', year, month, day };
}

/**
 * Chronological order in which a less precise date sorts as the start of its span: "2023"
 * before "2023-01" before "2023-01-01", and all of them before "2023-01-02". So the measures a
 * report dates only by year head their year.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
