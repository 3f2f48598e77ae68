// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse-csv';
import { fieldNames, readTableSchema } from '../../src/data/table-schema';
import { validateField } from '../../src/data/validate-field';
import { citesNumber, findReportNumbers, type ReportNumber } from '../../src/domain/report-numbers';
import { indicatorIdsOnDisk, loadIndicator, readData, sourceParagraphs } from './committed-files';

/**
 * Issue 4, "every figure as data": each number written in the report's paragraphs is either
 * cited by an observation row or listed, with its reason, as a non-measurement. A new figure
 * in the data or a corrected quote can thus never leave a number of the report unaccounted
 * for, and the list of non-measurements cannot rot.
 */

const ALLOWLIST_PATH = 'coverage-allowlist.csv';
const ALLOWLIST_FILE = `data/${ALLOWLIST_PATH}`;
const schema = readTableSchema(
  JSON.parse(readData('schemas/coverage-allowlist.tableschema.json')) as unknown,
);

interface AllowlistEntry {
  row: number;
  paragraph: number;
  number: string;
  category: string;
  reason: string;
}

/** The allowlist, checked against its Table Schema with the validator the app uses. */
function readAllowlist(): { entries: AllowlistEntry[]; problems: string[] } {
  const parsed = parseCsv(readData(ALLOWLIST_PATH), ALLOWLIST_FILE);
  const problems = parsed.issues.map(
    (issue) => `${ALLOWLIST_FILE} row ${issue.row ?? '?'}: ${issue.message}`,
  );
  const expected = fieldNames(schema);
  if (parsed.header.join(',') !== expected.join(',')) {
    problems.push(
      `${ALLOWLIST_FILE} row 1: expected the columns ${expected.join(',')}, found ${parsed.header.join(',')}`,
    );
    return { entries: [], problems };
  }
  const entries: AllowlistEntry[] = [];
  const keys = new Map<string, number>();
  for (const { row, cells } of parsed.rows) {
    const typed: Record<string, string | number | undefined> = {};
    for (const field of schema.fields) {
      const result = validateField(cells[field.name] ?? '', field, schema.missingValues);
      if (result.ok) typed[field.name] = result.value;
      else problems.push(`${ALLOWLIST_FILE} row ${row} column ${field.name}: ${result.message}`);
    }
    const entry = {
      row,
      paragraph: Number(typed.paragraph),
      number: String(typed.number),
      category: String(typed.category),
      reason: String(typed.reason),
    };
    const key = `${entry.paragraph} ${entry.number}`;
    const earlier = keys.get(key);
    if (earlier !== undefined) {
      problems.push(
        `${ALLOWLIST_FILE} row ${row}: paragraph ${entry.paragraph}, "${entry.number}" is already listed in row ${earlier}; keep one entry and give both reasons in it`,
      );
    }
    keys.set(key, row);
    entries.push(entry);
  }
  return { entries, problems };
}

const paragraphs = sourceParagraphs();
const paragraphText = new Map(paragraphs.map((p) => [p.number, p.text]));
const observationRows = indicatorIdsOnDisk().flatMap((id) =>
  loadIndicator(id).observations.map((o, index) => ({
    where: `data/indicators/${id}.csv row ${index + 2}`,
    o,
  })),
);
const allowlist = readAllowlist();

interface Occurrence {
  paragraph: number;
  number: ReportNumber;
  /** The rows that cite this very place of the paragraph. */
  citedBy: string[];
}

const occurrences: Occurrence[] = paragraphs.flatMap(({ number: paragraph, text }) => {
  const rowsOfParagraph = observationRows.filter(({ o }) => o.paragraph === paragraph);
  return findReportNumbers(text).map((number) => ({
    paragraph,
    number,
    citedBy: rowsOfParagraph
      .filter(({ o }) => citesNumber(text, number, o))
      .map(({ where }) => where),
  }));
});

/** The number in a few words of its sentence, so that a reader finds the place. */
function inContext({ paragraph, number }: Occurrence): string {
  const text = paragraphText.get(paragraph) ?? '';
  const before = text.slice(Math.max(0, number.start - 30), number.start);
  const after = text.slice(number.end, number.end + 30);
  return `…${before}[${number.text}]${after}…`;
}

const csvCell = (value: string): string =>
  /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

describe(ALLOWLIST_FILE, () => {
  it('is valid against data/schemas/coverage-allowlist.tableschema.json', () => {
    expect(allowlist.problems).toEqual([]);
    expect(allowlist.entries.length).toBeGreaterThan(0);
  });

  it('lists only numbers that a paragraph still writes and no observation row cites', () => {
    const stale = allowlist.entries.flatMap((entry) => {
      const here = occurrences.filter(
        (o) => o.paragraph === entry.paragraph && o.number.text === entry.number,
      );
      if (here.length === 0) {
        return [
          `${ALLOWLIST_FILE} row ${entry.row}: paragraph ${entry.paragraph} does not write "${entry.number}" (as written, case included); correct the entry or remove it`,
        ];
      }
      if (here.every((o) => o.citedBy.length > 0)) {
        const rows = [...new Set(here.flatMap((o) => o.citedBy))].join(', ');
        return [
          `${ALLOWLIST_FILE} row ${entry.row}: paragraph ${entry.paragraph}, "${entry.number}" is now cited by ${rows}; remove the entry`,
        ];
      }
      return [];
    });
    expect(stale).toEqual([]);
  });
});

describe('coverage of the report by the data', () => {
  it('finds numbers in the report', () => {
    expect(occurrences.length).toBeGreaterThan(100);
  });

  // Guards the finder itself: a digit it skipped would be a figure nobody checks.
  it('finds every digit of the numbered paragraphs as part of some number', () => {
    const missed = paragraphs.flatMap(({ number: paragraph, text }) => {
      const found = occurrences.filter((o) => o.paragraph === paragraph).map((o) => o.number);
      return [...text.matchAll(/\d/g)]
        .filter((m) => !found.some((n) => n.start <= m.index && m.index < n.end))
        .map((m) => `paragraph ${paragraph}: the digit at offset ${m.index} is in no number found`);
    });
    expect(missed).toEqual([]);
  });

  it('cites every number of every paragraph in an observation row, or lists it as a non-measurement', () => {
    const listed = new Set(allowlist.entries.map((e) => `${e.paragraph} ${e.number}`));
    const unaccounted = occurrences
      .filter((o) => o.citedBy.length === 0 && !listed.has(`${o.paragraph} ${o.number.text}`))
      .map(
        (o) =>
          `paragraph ${o.paragraph}: "${o.number.text}" (${inContext(o)}) is neither cited by an observation row nor listed in ${ALLOWLIST_FILE}. ` +
          `If it measures something, add a row to data/indicators/<id>.csv with paragraph ${o.paragraph}, ` +
          `value ${o.number.value} (or, for a year, a period that starts or ends in it) and a quote that contains "${o.number.text}" at this place; ` +
          `if it does not, add ${o.paragraph},${csvCell(o.number.text)},<category>,<reason> to ${ALLOWLIST_FILE}.`,
      );
    expect(unaccounted).toEqual([]);
  });
});
