// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues';
import { validateEvents } from '../../src/data/validate-events';
import { EVENT_BODIES, EVENT_KINDS, type TimelineEvent } from '../../src/domain/events';
import type { PartialDate } from '../../src/domain/partial-date';
import { readData, sourceParagraphs } from './committed-files';

const FILE = 'data/events.csv';
const text = readData('events.csv');
const { events, issues } = validateEvents(text, FILE);
const paragraphs = new Map(sourceParagraphs().map((p) => [p.number, p.text]));

// Written out here rather than taken from src, so the check does not share a bug with the
// page's formatter.
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A wording found as a whole: "5 January 2023" not inside "15 January 2023", "2023" not in "2023–2025". */
function containsWording(quote: string, wording: string): boolean {
  return new RegExp(`(?<![\\p{N}–-])${escape(wording)}(?![\\p{N}]|[–-]\\p{N})`, 'u').test(quote);
}

const monthOf = (d: PartialDate): string => MONTHS[(d.month ?? 0) - 1] ?? '?';

/** How the report writes a single date: "24 December 2014", "August 2021", "2009". */
function singleWording(d: PartialDate): string {
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${monthOf(d)} ${d.year}`;
  return `${d.day ?? '?'} ${monthOf(d)} ${d.year}`;
}

/**
 * How the report may write a date or a period. A period is accepted in the report's own
 * styles: "2022–2024" (en dash, as in "for 2023–2025"), "from 2021 to 2023", and for two
 * days of one month "21 and 22 September 2023" (or "21–22 September 2023"); otherwise both
 * ends must be written out in full.
 */
function wordingsOf(event: TimelineEvent): string[][] {
  const { date, dateEnd } = event;
  if (!dateEnd) return [[singleWording(date)]];
  if (date.precision === 'year') {
    return [[`${date.year}–${dateEnd.year}`], [`from ${date.year} to ${dateEnd.year}`]];
  }
  const both = [[singleWording(date), singleWording(dateEnd)]];
  if (date.precision === 'day' && date.year === dateEnd.year && date.month === dateEnd.month) {
    const rest = `${monthOf(dateEnd)} ${dateEnd.year}`;
    return [
      [`${date.day} and ${dateEnd.day} ${rest}`],
      [`${date.day}–${dateEnd.day} ${rest}`],
      ...both,
    ];
  }
  return both;
}

/** Where the report names each body; a body missing here must appear by its own name. */
const BODY_WORDS: Partial<Record<string, string[]>> = {
  'Chair of the Anti-Corruption Agency': [
    'Chairs of the Anti-Corruption Agency',
    'Anti-Corruption Agency',
  ],
  'Chair of the Financial Monitoring Agency': [
    'Chairs of the Financial Monitoring Agency',
    'Financial Monitoring Agency',
  ],
  // Paragraph 30 calls the academy of paragraph 32 the "Law Enforcement Academy".
  'Academy of Law Enforcement Agencies': [
    'Academy of Law Enforcement Agencies',
    'Law Enforcement Academy',
  ],
};

const rows = events.map((event) => ({
  name: `${event.id} (paragraph ${event.paragraph}, ${event.date.iso}${event.dateEnd ? `/${event.dateEnd.iso}` : ''})`,
  event,
}));

describe('data/events.csv', () => {
  it('is valid against its Table Schema and the date rules', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const { data } = Papa.parse<{ id: string }>(text, { header: true, skipEmptyLines: true });
    const ids = data.map((row) => row.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toHaveLength(events.length);
  });

  describe.each(rows)('$name', ({ event }) => {
    const paragraph = paragraphs.get(event.paragraph) ?? '';

    it('quotes its paragraph verbatim', () => {
      expect(paragraphs.has(event.paragraph)).toBe(true);
      expect(paragraph).toContain(event.quote);
    });

    it('has the date the quote states, at the precision it states it', () => {
      const found = wordingsOf(event).filter((words) =>
        words.every((wording) => containsWording(event.quote, wording)),
      );
      expect(found, `none of ${JSON.stringify(wordingsOf(event))} in the quote`).not.toEqual([]);
    });

    it('has the number the quote gives, if any', () => {
      if (event.number !== '') expect(event.quote).toContain(`No. ${event.number}`);
      else expect(event.quote).not.toMatch(/\bNo\. \d/);
    });

    it('names a body its paragraph names', () => {
      if (event.body === undefined) return;
      const words = BODY_WORDS[event.body] ?? [event.body];
      expect(
        words.some((w) => paragraph.includes(w)),
        `${words.join(' / ')} in the paragraph`,
      ).toBe(true);
    });
  });
});

interface SchemaField {
  name: string;
  constraints?: { enum?: string[] };
}

describe('data/schemas/events.tableschema.json', () => {
  const schema = JSON.parse(readData('schemas/events.tableschema.json')) as {
    fields: SchemaField[];
  };
  const enumOf = (name: string): string[] | undefined =>
    schema.fields.find((field) => field.name === name)?.constraints?.enum;

  it.each<[string, readonly string[]]>([
    ['kind', EVENT_KINDS],
    ['body', EVENT_BODIES],
  ])('the %s enum equals the domain constant', (column, constant) => {
    expect(enumOf(column)).toEqual([...constant]);
  });

  it('uses every kind and body it declares, so the filters list no empty choice', () => {
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
    expect(new Set(events.flatMap((e) => (e.body ? [e.body] : [])))).toEqual(new Set(EVENT_BODIES));
  });
});

describe(wordingsOf, () => {
  const day = (iso: string): PartialDate => {
    const [y, m, d] = iso.split('-').map(Number);
    return { iso, precision: d ? 'day' : m ? 'month' : 'year', year: y ?? 0, month: m, day: d };
  };
  const event = (date: string, dateEnd?: string) =>
    ({ date: day(date), dateEnd: dateEnd ? day(dateEnd) : undefined }) as TimelineEvent;

  it.each<[string, string | undefined, string[][]]>([
    ['2014-12-24', undefined, [['24 December 2014']]],
    ['2021-08', undefined, [['August 2021']]],
    ['2009', undefined, [['2009']]],
    ['2022', '2024', [['2022–2024'], ['from 2022 to 2024']]],
    [
      '2023-09-21',
      '2023-09-22',
      [
        ['21 and 22 September 2023'],
        ['21–22 September 2023'],
        ['21 September 2023', '22 September 2023'],
      ],
    ],
  ])('%s %s → %o', (date, dateEnd, expected) => {
    expect(wordingsOf(event(date, dateEnd))).toEqual(expected);
  });

  it('finds a date only as a whole', () => {
    expect(containsWording('on 15 January 2023', '5 January 2023')).toBe(false);
    expect(containsWording('on 31 December 2022, 5 January 2023', '5 January 2023')).toBe(true);
    expect(containsWording('for 2023–2025', '2023')).toBe(false);
    expect(containsWording('for 2023–2025', '2025')).toBe(false);
    expect(containsWording('completed in 2023', '2023')).toBe(true);
  });
});
