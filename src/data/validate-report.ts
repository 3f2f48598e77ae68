import { parseReport, reportParagraphs, type ReportDocument } from '../domain/report';
import type { ValidationIssue } from './issues';
import type { Validated } from './validate-metadata';

/**
 * A report's text → its structure, refused when it has no numbered paragraph or when the
 * numbers do not increase: a repeated or misplaced number would give two paragraphs one
 * anchor ("#p48") and send a reader, or a quote check, to the wrong one.
 */
export function validateReport(text: string, file: string): Validated<ReportDocument> {
  const report = parseReport(text);
  const paragraphs = reportParagraphs(report);
  const issues: ValidationIssue[] = [];
  if (paragraphs.length === 0) {
    issues.push({ file, rule: 'paragraphs', message: 'no numbered paragraphs ("1.…") were found' });
  }
  paragraphs.forEach((paragraph, index) => {
    const previous = paragraphs[index - 1];
    if (previous && paragraph.number <= previous.number) {
      issues.push({
        file,
        value: String(paragraph.number),
        rule: 'paragraph-order',
        message: `paragraph ${paragraph.number} follows paragraph ${previous.number}; numbers must increase`,
      });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: report };
}
