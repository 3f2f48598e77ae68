// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/domain/events';
import { validateEvents } from '../../src/data/validate-events';
import {
  checkMutated,
  generalProblems,
  plausibleEdits,
  randomCsvText,
  type CsvTarget,
} from './support/csv-harness';
import { mutationArbitrary, readTable, type Mutation } from './support/csv-table';
import { readData } from './support/files';
import { HEAVY_RUNS, RUNS } from './support/runs';
import { columnNames, eventsSchema } from './support/table-oracle';

/**
 * Fuzzing the events CSV validator (PapaParse, validateTable, validateEvents) from random
 * bytes and from the committed data/events.csv with one mutation.
 */

const FILE = 'data/events.csv';
const committed = readTable(readData('events.csv'));
const HEADER = columnNames(eventsSchema).join(',');

const eventCells = (e: TimelineEvent): Record<string, unknown> => ({
  id: e.id,
  date: e.date.iso,
  date_end: e.dateEnd?.iso,
  kind: e.kind,
  body: e.body,
  number: e.number,
  title: e.title,
  paragraph: e.paragraph,
  quote: e.quote,
  note: e.note,
  title_ru: e.translations?.ru?.title,
  title_kk: e.translations?.kk?.title,
  note_ru: e.translations?.ru?.note,
  note_kk: e.translations?.kk?.note,
});

const leap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A partial date's parts agree with its text, and the day exists in the calendar. */
function dateProblems(label: string, date: TimelineEvent['date']): string[] {
  const parts = date.iso.split('-').map(Number);
  const [year, month, day] = parts;
  const precision = ['year', 'month', 'day'][parts.length - 1];
  const problems: string[] = [];
  if (date.precision !== precision) problems.push(`${label}: precision ${date.precision}`);
  if (date.year !== year || date.month !== month || date.day !== day)
    problems.push(`${label}: parts ${JSON.stringify(date)}`);
  if (month !== undefined && !(month >= 1 && month <= 12))
    problems.push(`${label}: month ${month}`);
  if (month !== undefined && day !== undefined) {
    const last = month === 2 && leap(year!) ? 29 : DAYS[month - 1]!;
    if (!(day >= 1 && day <= last)) problems.push(`${label}: day ${date.iso} does not exist`);
  }
  return problems;
}

const EVENT_KEYS = [
  'body',
  'date',
  'dateEnd',
  'id',
  'kind',
  'note',
  'number',
  'paragraph',
  'quote',
  'title',
  'translations',
];

const target: CsvTarget<TimelineEvent> = {
  schema: eventsSchema,
  validate: (text, file) => {
    const { events, issues } = validateEvents(text, file);
    return { items: events, issues };
  },
  cells: eventCells,
  crossField: (e) => [
    ...dateProblems('date', e.date),
    ...(e.dateEnd === undefined ? [] : dateProblems('date_end', e.dateEnd)),
    ...(e.dateEnd !== undefined && e.dateEnd.precision !== e.date.precision
      ? ['date_end at another precision']
      : []),
    // ISO dates at one precision sort as text.
    ...(e.dateEnd !== undefined && e.dateEnd.iso < e.date.iso ? ['date_end before date'] : []),
    ...(Object.keys(e).every((key) => EVENT_KEYS.includes(key))
      ? []
      : [`keys ${Object.keys(e).join()}`]),
    // Translations only where a cell gave one: no empty language, no empty text.
    ...Object.entries(e.translations ?? {}).flatMap(([language, texts]) =>
      Object.keys(texts).length === 0 ||
      Object.values(texts).some((text) => typeof text !== 'string' || text === '')
        ? [`translations.${language} ${JSON.stringify(texts)}`]
        : [],
    ),
    ...(e.translations !== undefined && Object.keys(e.translations).length === 0
      ? ['empty translations']
      : []),
  ],
};

/** Date-like cells, real or not, at every precision, in the date or date_end column. */
const dateEdits: fc.Arbitrary<Mutation> = fc
  .record({
    i: fc.nat(),
    c: fc.constantFrom(HEADER.split(',').indexOf('date'), HEADER.split(',').indexOf('date_end')),
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2023, 2024)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    precision: fc.constantFrom(1, 2, 3),
  })
  .map(({ i, c, year, month, day, precision }) => ({
    type: 'replaceCell' as const,
    i,
    c,
    text: [
      String(year).padStart(4, '0'),
      String(month).padStart(2, '0'),
      String(day).padStart(2, '0'),
    ]
      .slice(0, precision)
      .join('-'),
  }));

describe('fuzz: events CSV (validateEvents)', { timeout: 600_000 }, () => {
  it('never throws on random bytes and strings, and accepts only valid rows', () => {
    fc.assert(
      fc.property(randomCsvText(HEADER, committed.rows), (text) => {
        expect(generalProblems(target, text, FILE).problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the committed file with one mutation: typed result, valid rows only, the broken row named', () => {
    const mutation = fc.oneof(
      { arbitrary: mutationArbitrary(eventsSchema, 0), weight: 4 },
      { arbitrary: plausibleEdits(eventsSchema, [committed]), weight: 1 },
      { arbitrary: dateEdits, weight: 1 },
    );
    fc.assert(
      fc.property(mutation, (m) => {
        checkMutated(target, committed, m, FILE);
      }),
      { numRuns: RUNS },
    );
  });

  it('the committed file with a 100 kB field', () => {
    const huge = mutationArbitrary(eventsSchema, 1).filter((m) => m.type === 'hugeCell');
    fc.assert(
      fc.property(huge, (m) => {
        checkMutated(target, committed, m, FILE);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });
});
