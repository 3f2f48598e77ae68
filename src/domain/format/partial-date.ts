import type { PartialDate } from '../partial-date';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Written out rather than taken from Intl: the timeline repeats the report's own English
// wording ("24 December 2014"), and Intl's range output differs between ICU versions, so a
// page prerendered in Node could differ from the same page hydrated in a browser.
function monthName(month: number | undefined): string {
  return MONTHS[(month ?? 1) - 1] ?? '';
}

/** "24 December 2014", "December 2023" or "2023": a date at the precision it is stated. */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return `${monthName(date.month)} ${date.year}`;
    case 'day':
      return `${date.day ?? ''} ${monthName(date.month)} ${date.year}`;
  }
}

/**
 * A date or a span, sharing what both ends share: "2022–2024", "21–22 September 2023",
 * "January–March 2023", "30 November – 2 December 2023", "31 December 2022 – 5 January 2023".
 * Ends of different precision are written out in full.
 */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (end === undefined || end.iso === start.iso) return formatPartialDate(start);
  const full = `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (end.precision !== start.precision) return full;
  const sameYear = start.year === end.year;
  switch (start.precision) {
    case 'year':
      return `${start.year}–${end.year}`;
    case 'month':
      return sameYear ? `${monthName(start.month)}–${formatPartialDate(end)}` : full;
    case 'day':
      if (sameYear && start.month === end.month)
        return `${start.day ?? ''}–${formatPartialDate(end)}`;
      return sameYear
        ? `${start.day ?? ''} ${monthName(start.month)} – ${formatPartialDate(end)}`
        : full;
  }
}
