import type { Cell } from './observation-columns';

/**
 * RFC 4180 line ending. Excel, LibreOffice, pandas, R and PapaParse all read CRLF, and a
 * quoted cell may itself hold a bare LF (a multi-line note), which stays unambiguous.
 */
export const CSV_LINE_ENDING = '\r\n';

/** U+FEFF, written first so that Excel opens the file as UTF-8 rather than the ANSI code page. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * First characters that make a spreadsheet read a text cell as a formula or a command
 * ("CSV injection", OWASP: https://owasp.org/www-community/attacks/CSV_Injection):
 * equals, plus, minus, at, tab (0x09) and carriage return (0x0D).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * OWASP's mitigation for a text cell that begins with a trigger: prefix it with a single
 * quote, so that the spreadsheet shows it as text, and quote the cell (csvCell always quotes
 * a neutralised cell). Only text cells are touched: a number cell such as -5 is a number,
 * never a formula, and altering it would corrupt the figure. Returns the text unchanged when
 * it needs no neutralising.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** Whether neutraliseFormula changes the text (for readers that want to undo it). */
export function isNeutralised(original: string): boolean {
  return FORMULA_TRIGGERS.has(original.charAt(0));
}

/**
 * A finite number in plain decimal notation, exactly the digits JavaScript's shortest
 * round-trip form gives, without thousands separators, locale or exponent: 1e21 is written
 * "1000000000000000000000" and 1e-7 "0.0000001" (String() would write "1e+21", which a
 * spreadsheet reads but a strict schema validator does not). -0 is written "0".
 */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a CSV number`);
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponentText = ''] = match;
  const digits = lead + fraction;
  const exponent = Number(exponentText);
  // The decimal point sits after the lead digit; the exponent moves it.
  const point = 1 + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Text that a reader would split or misread unless quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers as numbers; text neutralised, then quoted where needed, quotes doubled. */
export function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return formatCsvNumber(cell);
  const text = neutraliseFormula(cell);
  if (text === cell && !NEEDS_QUOTES.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

export interface CsvOptions {
  /** Write a UTF-8 byte-order mark first, for Excel. Off by default: other tools may show it. */
  byteOrderMark?: boolean;
}

/** A header row and the rows, each line ended by CRLF (RFC 4180), as one UTF-8 string. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: CsvOptions = {},
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(',') + CSV_LINE_ENDING);
  return (options.byteOrderMark === true ? BYTE_ORDER_MARK : '') + lines.join('');
}
