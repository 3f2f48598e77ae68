import type { ReactElement } from 'react';
import { toIsoDate, type ReportDocument } from '../../../domain/report';

/** The report's own title block, as printed: the Committee, the title, the date received. */
export function ReportTitleBlock({ report }: { report: ReportDocument }): ReactElement {
  const { titleLines, dateReceived } = report;
  return (
    <div className="report-title-block" lang="en">
      {titleLines.map((line, index) => (
        <p
          key={index}
          className={index === titleLines.length - 1 ? 'report-title' : 'report-title-line'}
        >
          {line}
        </p>
      ))}
      {dateReceived !== undefined && (
        <p className="report-date">
          Date received: <time dateTime={toIsoDate(dateReceived)}>{dateReceived}</time>
        </p>
      )}
    </div>
  );
}
