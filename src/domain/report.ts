/** A numbered paragraph of a report, as it appears in the text ("48.In 2023, …"). */
export interface ReportParagraph {
  number: number;
  text: string;
}

const NUMBERED_LINE = /^(\d+)\.(.*)$/;

/** Splits the report text into its numbered paragraphs; headings and front matter are skipped. */
export function parseReportParagraphs(text: string): Map<number, ReportParagraph> {
  const paragraphs = new Map<number, ReportParagraph>();
  for (const line of text.split(/\r?\n/)) {
    const match = NUMBERED_LINE.exec(line);
    if (!match) continue;
    const number = Number(match[1]);
    paragraphs.set(number, { number, text: match[2] ?? '' });
  }
  return paragraphs;
}

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Cuts a paragraph into plain and highlighted segments, highlighting every occurrence of the
 * given quotes (overlapping quotes merge). Returns text, never markup, so a paragraph cannot
 * inject HTML.
 */
export function highlightQuotes(text: string, quotes: readonly string[]): TextSegment[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const quote of quotes) {
    if (quote === '') continue;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      marked.fill(true, at, at + quote.length);
    }
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.highlighted === marked[i]) last.text += text[i];
    else segments.push({ text: text[i] ?? '', highlighted: marked[i] ?? false });
  }
  return segments;
}
