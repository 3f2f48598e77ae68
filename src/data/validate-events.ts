import eventSchemaJson from '../../data/schemas/events.tableschema.json';
import type { EventBody, EventKind, EventTextTranslation, TimelineEvent } from '../domain/events';
import { TRANSLATION_LANGUAGES, type Translations } from '../domain/model';
import { parsePartialDate, comparePartialDates, type PartialDate } from '../domain/partial-date';
import type { ValidationIssue } from './issues';
import { readTableSchema, type TableSchema } from './table-schema';
import { validateTable, type TypedRow } from './validate-table';

/** The event columns, declared once in data/schemas/events.tableschema.json. */
export const eventSchema: TableSchema = readTableSchema(eventSchemaJson);

export interface EventsResult {
  events: TimelineEvent[];
  issues: ValidationIssue[];
}

/**
 * CSV text → typed timeline events, checked against the Table Schema and across fields: each
 * date exists in the calendar, and a date_end is stated at the precision of date and is not
 * before it. Every problem names file, row, column, value and rule; a row with any problem
 * is left out.
 */
export function validateEvents(
  text: string,
  file: string,
  schema: TableSchema = eventSchema,
): EventsResult {
  const table = validateTable(text, file, schema);
  const issues = [...table.issues];
  const events: TimelineEvent[] = [];
  for (const { row, typed } of table.rows) {
    const checked = checkDates(typed, file, row);
    if (checked.ok) events.push(toEvent(typed, checked.date, checked.dateEnd));
    else issues.push(...checked.issues);
  }
  return { events, issues };
}

type CheckedDates =
  | { ok: true; date: PartialDate; dateEnd: PartialDate | undefined }
  | { ok: false; issues: ValidationIssue[] };

function checkDates(typed: TypedRow, file: string, row: number): CheckedDates {
  const issues: ValidationIssue[] = [];
  const at = (column: string, value: string, rule: string, message: string): void => {
    issues.push({ file, row, column, value, rule, message });
  };
  const dateText = String(typed.date);
  const date = parsePartialDate(dateText);
  if (!date) at('date', dateText, 'date', notADate(dateText));
  const endText = typed.date_end === undefined ? undefined : String(typed.date_end);
  const dateEnd = endText === undefined ? undefined : parsePartialDate(endText);
  if (endText !== undefined && !dateEnd) at('date_end', endText, 'date', notADate(endText));
  if (date && dateEnd && endText !== undefined) {
    if (dateEnd.precision !== date.precision) {
      at(
        'date_end',
        endText,
        'date-precision',
        `expected the end stated like the start, as a ${date.precision} (${dateText}); found a ${dateEnd.precision}`,
      );
    } else if (comparePartialDates(dateEnd, date) < 0) {
      at(
        'date_end',
        endText,
        'date-order',
        `the end (${endText}) is before the start (${dateText})`,
      );
    }
  }
  if (!date || issues.length > 0) return { ok: false, issues };
  return { ok: true, date, dateEnd };
}

function notADate(text: string): string {
  return `"${text}" is not a date that exists; expected YYYY, YYYY-MM or YYYY-MM-DD`;
}

// Safe after validateTable: every required field is present with its declared type and enum.
function toEvent(
  typed: TypedRow,
  date: PartialDate,
  dateEnd: PartialDate | undefined,
): TimelineEvent {
  return {
    id: String(typed.id),
    date,
    ...(dateEnd === undefined ? {} : { dateEnd }),
    kind: typed.kind as EventKind,
    ...(typed.body === undefined ? {} : { body: typed.body as EventBody }),
    number: typed.number === undefined ? '' : String(typed.number),
    title: String(typed.title),
    paragraph: Number(typed.paragraph),
    quote: String(typed.quote),
    note: typed.note === undefined ? '' : String(typed.note),
    ...translationsOf(typed),
  };
}

/** The texts an event translates: each a pair of columns per language (title_ru, note_kk …). */
const TRANSLATED_COLUMNS = ['title', 'note'] as const;

/** The optional title_ru, title_kk, note_ru, note_kk cells → `translations`, when any is filled. */
function translationsOf(typed: TypedRow): { translations?: Translations<EventTextTranslation> } {
  const translations: Translations<EventTextTranslation> = {};
  for (const language of TRANSLATION_LANGUAGES) {
    const texts: EventTextTranslation = {};
    for (const column of TRANSLATED_COLUMNS) {
      const cell = typed[`${column}_${language}`];
      if (cell !== undefined) texts[column] = String(cell);
    }
    if (Object.keys(texts).length > 0) translations[language] = texts;
  }
  return Object.keys(translations).length > 0 ? { translations } : {};
}
