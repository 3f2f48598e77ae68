/** A numbered paragraph of a report, as it appears in the text ("48.In 2023, …"). */
export interface ReportParagraph {
  number: number;
  text: string;
}

/** A heading of the report and the numbered paragraphs printed under it. */
export interface ReportSection {
  /** As printed; absent for paragraphs that come before any heading. */
  heading?: string;
  paragraphs: ReportParagraph[];
}

/**
 * The report's structure: its title block, the date it was received and its sections, each
 * text kept verbatim (typographic characters, footnote markers and all).
 */
export interface ReportDocument {
  /** The title block's lines in order, e.g. "Committee against Torture", then the title. */
  titleLines: string[];
  /** As printed in "[Date received:13 May 2024]", i.e. "13 May 2024"; absent if not printed. */
  dateReceived?: string;
  sections: ReportSection[];
}

const NUMBERED_LINE = /^(\d+)\.(.*)$/;
const DATE_RECEIVED_LINE = /^\[Date received:\s*(.*?)\s*\]$/;

function numberedParagraph(line: string): ReportParagraph | undefined {
  const match = NUMBERED_LINE.exec(line);
  return match ? { number: Number(match[1]), text: match[2] ?? '' } : undefined;
}

/** Splits the report text into its numbered paragraphs; headings and front matter are skipped. */
export function parseReportParagraphs(text: string): Map<number, ReportParagraph> {
  const paragraphs = new Map<number, ReportParagraph>();
  for (const line of text.split(/\r?\n/)) {
    const paragraph = numberedParagraph(line);
    if (paragraph) paragraphs.set(paragraph.number, paragraph);
  }
  return paragraphs;
}

/**
 * Reads the whole report: one line per title line, date, heading or numbered paragraph
 * ("48.In 2023, …"); blank lines are skipped. The title block is every line before the
 * first section, and the first section starts at the line printed right above paragraph 1
 * (unless that is the date line); after it, every line that is not a numbered paragraph is a
 * heading. Numbering is not checked here (see the data layer), so the text is never lost.
 *
 * @example parseReport('Committee\n[Date received:13 May 2024]\nHeading\n1.Text')
 *   // { titleLines: ['Committee'], dateReceived: '13 May 2024',
 *   //   sections: [{ heading: 'Heading', paragraphs: [{ number: 1, text: 'Text' }] }] }
 */
export function parseReport(text: string): ReportDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const firstParagraph = lines.findIndex((line) => NUMBERED_LINE.test(line));
  let bodyStart = firstParagraph === -1 ? lines.length : firstParagraph;
  const lineAbove = lines[firstParagraph - 1];
  if (lineAbove !== undefined && !DATE_RECEIVED_LINE.test(lineAbove)) bodyStart -= 1;

  const report: ReportDocument = { titleLines: [], sections: [] };
  for (const line of lines.slice(0, bodyStart)) {
    const date = DATE_RECEIVED_LINE.exec(line);
    if (date && report.dateReceived === undefined) report.dateReceived = date[1] ?? '';
    else report.titleLines.push(line);
  }
  for (const line of lines.slice(bodyStart)) {
    const paragraph = numberedParagraph(line);
    const current = report.sections.at(-1);
    if (!paragraph) report.sections.push({ heading: line, paragraphs: [] });
    else if (current) current.paragraphs.push(paragraph);
    else report.sections.push({ paragraphs: [paragraph] });
  }
  return report;
}

/** Every paragraph of the report, in the order printed. */
export function reportParagraphs(report: ReportDocument): ReportParagraph[] {
  return report.sections.flatMap((section) => section.paragraphs);
}

/** The id of a paragraph's anchor on the source page, as in "/source#p48". */
export function paragraphAnchorId(number: number): string {
  return `p${number}`;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A date printed as UN documents print it ("13 May 2024") as an ISO date ("2024-05-13"), for
 * a machine-readable <time>; undefined when the text is not such a date.
 */
export function toIsoDate(text: string): string | undefined {
  const match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', monthName = '', year = ''] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  // Rejects "31 April" and the like, which Date would roll over into the next month.
  if (month === 0 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/** A quote to find in a text, and what it belongs to (e.g. the indicator that cites it). */
export interface KeyedQuote {
  quote: string;
  key: string;
}

/** A run of text and the keys of every quote that covers all of it (none: plain text). */
export interface KeyedSegment {
  text: string;
  keys: string[];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/**
 * Cuts a text into runs covered by the same set of quotes, at every occurrence of each quote
 * (overlapping occurrences included). A run's keys are in the order of the quotes given,
 * each once. Returns text, never markup, so a paragraph cannot inject HTML.
 *
 * @example splitByQuotes('a 12 b', [{ quote: '12', key: 'x' }])
 *   // [{ text: 'a ', keys: [] }, { text: '12', keys: ['x'] }, { text: ' b', keys: [] }]
 */
export function splitByQuotes(text: string, quotes: readonly KeyedQuote[]): KeyedSegment[] {
  const spans: { start: number; end: number; key: string }[] = [];
  for (const { quote, key } of quotes) {
    if (quote === '') continue;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      spans.push({ start: at, end: at + quote.length, key });
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: KeyedSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    const keys = [
      ...new Set(spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.key)),
    ];
    const last = segments.at(-1);
    if (last && sameKeys(last.keys, keys)) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), keys });
  }
  return segments;
}

/**
 * Cuts a paragraph into plain and highlighted segments, highlighting every occurrence of the
 * given quotes (overlapping quotes merge). Returns text, never markup, so a paragraph cannot
 * inject HTML.
 */
export function highlightQuotes(text: string, quotes: readonly string[]): TextSegment[] {
  return splitByQuotes(
    text,
    quotes.map((quote) => ({ quote, key: '' })),
  ).map((segment) => ({ text: segment.text, highlighted: segment.keys.length > 0 }));
}
