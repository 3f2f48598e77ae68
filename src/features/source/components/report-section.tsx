import type { ReactElement } from 'react';
import type { KeyedQuote, ReportSection } from '../../../domain/report';
import { paragraphAnchorId } from '../../../domain/report';
import { ReportParagraphView } from './report-paragraph';

const NO_QUOTES: readonly KeyedQuote[] = [];

/** A heading of the report, verbatim, and its paragraphs. */
export function ReportSectionView({
  section,
  citations,
  titles,
  targetId,
}: {
  section: ReportSection;
  citations: ReadonlyMap<number, readonly KeyedQuote[]>;
  titles: ReadonlyMap<string, string>;
  targetId: string;
}): ReactElement {
  return (
    <section className="report-section">
      {section.heading !== undefined && <h2>{section.heading}</h2>}
      {section.paragraphs.map((paragraph) => (
        <ReportParagraphView
          key={paragraph.number}
          paragraph={paragraph}
          quotes={citations.get(paragraph.number) ?? NO_QUOTES}
          titles={titles}
          targeted={targetId === paragraphAnchorId(paragraph.number)}
        />
      ))}
    </section>
  );
}
