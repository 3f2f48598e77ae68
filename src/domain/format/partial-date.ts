import type { PartialDate } from '../partial-date';
import type { Locale } from '../translate';

// Month names come from the catalogue rather than Intl: the timeline repeats the report's own
// English wording ("24 December 2014"), and Intl's output differs between ICU versions, so a
// page prerendered in Node could differ from the same page hydrated in a browser. Russian
// names a month in a day date in the genitive ("24 декабря"), alone in the nominative.
function monthName(month: number | undefined, locale: Locale, ofDay: boolean): string {
  if (month === undefined || month < 1 || month > 12) return '';
  return ofDay ? locale.t(`format:monthOfDay.${month}`) : locale.t(`format:month.${month}`);
}

// Years and days are written as plain digits: no group separator ("2014", not "2 014").
const digits = (value: number | undefined): string => (value === undefined ? '' : String(value));

/**
 * "24 December 2014", "December 2023" or "2023": a date at the precision it is stated.
 * Russian "24 декабря 2014 г.", Kazakh "2014 жылғы 24 желтоқсан".
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const year = digits(date.year);
  switch (date.precision) {
    case 'year':
      return locale.t('format:date.year', { year });
    case 'month':
      return locale.t('format:date.month', { month: monthName(date.month, locale, false), year });
    case 'day':
      return locale.t('format:date.day', {
        day: digits(date.day),
        month: monthName(date.month, locale, true),
        year,
      });
  }
}

/**
 * A date or a span, sharing what both ends share: "2022–2024", "21–22 September 2023",
 * "January–March 2023", "30 November – 2 December 2023", "31 December 2022 – 5 January 2023".
 * Ends of different precision are written out in full.
 */
export function formatDateSpan(
  start: PartialDate,
  end: PartialDate | undefined,
  locale: Locale,
): string {
  if (end === undefined || end.iso === start.iso) return formatPartialDate(start, locale);
  const { t } = locale;
  const full = t('format:date.span', {
    start: formatPartialDate(start, locale),
    end: formatPartialDate(end, locale),
  });
  if (end.precision !== start.precision) return full;
  const sameYear = start.year === end.year;
  const year = digits(end.year);
  switch (start.precision) {
    case 'year':
      return t('format:date.yearSpan', { start: digits(start.year), end: year });
    case 'month':
      return sameYear
        ? t('format:date.monthSpan', {
            startMonth: monthName(start.month, locale, false),
            endMonth: monthName(end.month, locale, false),
            year,
          })
        : full;
    case 'day':
      if (sameYear && start.month === end.month)
        return t('format:date.daySpanInMonth', {
          startDay: digits(start.day),
          endDay: digits(end.day),
          month: monthName(end.month, locale, true),
          year,
        });
      return sameYear
        ? t('format:date.daySpanInYear', {
            startDay: digits(start.day),
            startMonth: monthName(start.month, locale, true),
            endDay: digits(end.day),
            endMonth: monthName(end.month, locale, true),
            year,
          })
        : full;
  }
}
