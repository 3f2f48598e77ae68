/**
 * Finding every number written in a paragraph of the report, and deciding whether an
 * observation row cites it. Used by the coverage test (tests/data/coverage.test.ts), which
 * proves that every figure of the report is either data or a listed non-measurement.
 *
 * What counts as a number, and why:
 * - Digits, with thousands separators ("40,000" is one number, 40000) and decimals ("45.5").
 *   A comma followed by a space separates list items ("articles 50, 63"), not thousands.
 * - Ranges and compounds give one number per digit group: "2024–2028" is 2024 and 2028,
 *   "194/2020" is 194 and 2020, "362 (4)" is 362 and 4, "10-day" is 10.
 * - Cardinal number words (one to nineteen, the tens, "twenty-two", hundred, thousand), in
 *   any case ("Eleven"), as whole words. A hyphen ends a word, so "one-year" and "three-hour"
 *   are found: they state a quantity (a one-year period). Letters do not, so "someone",
 *   "everyone", "often" and "tend" are not.
 * - Not found: ordinals ("first", "fourth periodic report"), which rank rather than count;
 *   "single", "dozen", "twice", "a"; Roman numerals ("category I"). The finder cannot tell
 *   the pronoun "one" ("one of the top priorities") from the number: such words are found
 *   and listed as non-measurements in the data, which is explicit where a heuristic is not.
 */

export interface ReportNumber {
  /** The number as written in the text: "40,000", "45.5", "nine", "Eleven". */
  text: string;
  value: number;
  /** Offset of its first character in the paragraph, and one past its last. */
  start: number;
  end: number;
  written: 'digits' | 'words';
}

const UNITS_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const TENS_WORDS = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
] as const;

const WORD_VALUES = new Map<string, number>([
  ...UNITS_WORDS.map((word, index): [string, number] => [word, index + 1]),
  ...TENS_WORDS.map((word, index): [string, number] => [word, (index + 2) * 10]),
  ['hundred', 100],
  ['thousand', 1000],
]);

// Hyphen-minus and the non-breaking hyphen the report uses ("health‑care").
const HYPHEN = '[-\u2011]';
const TENS = TENS_WORDS.join('|');
const SIMPLE = [...UNITS_WORDS, ...TENS_WORDS, 'hundred', 'thousand'].join('|');
// Compounds first, so that "twenty-two" is one number and not twenty and two.
const WORD_NUMBER = new RegExp(
  `(?<!\\p{L})(?:(?:${TENS})${HYPHEN}(?:${UNITS_WORDS.slice(0, 9).join('|')})|${SIMPLE})(?!\\p{L})`,
  'giu',
);
// Digits not glued to other digits; groups of three after a comma with no space are
// thousands; a dot followed by digits is a decimal point (a full stop is followed by text).
const DIGIT_NUMBER = /(?<!\d)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/gu;

function wordValue(written: string): number {
  const [tens = '', unit] = written.toLowerCase().split(/[-\u2011]/);
  return (
    (WORD_VALUES.get(tens) ?? Number.NaN) +
    (unit === undefined ? 0 : (WORD_VALUES.get(unit) ?? Number.NaN))
  );
}

/** Every number written in the text, in order of appearance. */
export function findReportNumbers(text: string): ReportNumber[] {
  const digits = [...text.matchAll(DIGIT_NUMBER)].map((match): ReportNumber => ({
    text: match[0],
    value: Number(match[0].replaceAll(',', '')),
    start: match.index,
    end: match.index + match[0].length,
    written: 'digits',
  }));
  const words = [...text.matchAll(WORD_NUMBER)].map((match): ReportNumber => ({
    text: match[0],
    value: wordValue(match[0]),
    start: match.index,
    end: match.index + match[0].length,
    written: 'words',
  }));
  return [...digits, ...words].sort((a, b) => a.start - b.start);
}

/**
 * Whether a number may be a calendar year: four digits without a separator, 1900–2100. Such
 * a number is cited by a row whose period starts or ends in it ("In 2023 and 2024, … 107").
 */
export function isYearLike(number: ReportNumber): boolean {
  return (
    number.written === 'digits' &&
    /^\d{4}$/.test(number.text) &&
    number.value >= 1900 &&
    number.value <= 2100
  );
}

/** Where a quote occurs in a paragraph: every place, as [start, end) offsets. */
export function quoteSpans(paragraph: string, quote: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (quote === '') return spans;
  for (let at = paragraph.indexOf(quote); at !== -1; at = paragraph.indexOf(quote, at + 1)) {
    spans.push({ start: at, end: at + quote.length });
  }
  return spans;
}

/** What a row needs for citing: its figure, its period and its quote. */
export interface CitingRow {
  value: number;
  period: { start: number; end: number };
  quote: string;
}

/**
 * A row cites a number of its paragraph when the number is the row's value (or, for a
 * year, the first or last year of the row's period) and the row's quote spans that very
 * place in the paragraph. By place, not merely by text: "219" written twice in a paragraph
 * is two statements, and each must be quoted by some row.
 */
export function citesNumber(paragraph: string, number: ReportNumber, row: CitingRow): boolean {
  const sameFigure =
    row.value === number.value ||
    (isYearLike(number) && (row.period.start === number.value || row.period.end === number.value));
  return (
    sameFigure &&
    quoteSpans(paragraph, row.quote).some(
      (span) => span.start <= number.start && number.end <= span.end,
    )
  );
}
