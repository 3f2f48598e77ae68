import type { ReactElement } from 'react';
import type { KeyedQuote, ReportDocument } from '../../../domain/report';
import { ReportSectionView } from './report-section';

/** The report's sections and paragraphs, in the order printed. */
export function ReportText({
  report,
  citations,
  titles,
  targetId,
}: {
  report: ReportDocument;
  citations: ReadonlyMap<number, readonly KeyedQuote[]>;
  titles: ReadonlyMap<string, string>;
  targetId: string;
}): ReactElement {
  return (
    <div className="report-text" lang="en">
      {report.sections.map((section, index) => (
        <ReportSectionView
          key={index}
          section={section}
          citations={citations}
          titles={titles}
          targetId={targetId}
        />
      ))}
    </div>
  );
}
