import type { ReactElement } from 'react';
import { toIsoDate, type ReportDocument } from '../../../domain/report';

// The report's own printed words ("[Date received:13 May 2024]"): quoted in English with the
// rest of the block, not translated.
const DATE_RECEIVED_LABEL = 'Date received:';

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
          {DATE_RECEIVED_LABEL} <time dateTime={toIsoDate(dateReceived)}>{dateReceived}</time>
        </p>
      )}
    </div>
  );
}
