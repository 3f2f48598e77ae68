import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactElement } from 'react';
import { describeError } from '../../data/describe-error';
import { REPORT_SOURCE_ID } from '../../data/report-source';
import { collectCitations } from '../../domain/report-citations';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { FigureStatus } from './components/figure-status';
import { ReportText } from './components/report-text';
import { ReportTitleBlock } from './components/report-title-block';
import { reportDocumentQueryOptions } from './queries';
import { useFigureSources } from './use-figure-sources';
import { useHashTarget } from './use-hash-target';
import { useScrollToHash } from './use-scroll-to-hash';

/** The report in full: every paragraph addressable, every figure used marked and linked. */
export function SourcePage(): ReactElement {
  const report = useQuery(reportDocumentQueryOptions(REPORT_SOURCE_ID));
  const figures = useFigureSources();
  const { indicators } = figures;
  const citations = useMemo(() => collectCitations(REPORT_SOURCE_ID, indicators), [indicators]);
  const titles = useMemo(
    () => new Map(indicators.map(({ meta }) => [meta.id, meta.title])),
    [indicators],
  );
  const targetId = useHashTarget();
  // Scroll once the figures are in too: their "Figures used in" lines would shift the text.
  useScrollToHash(report.isSuccess && !figures.pending);
  useEffect(() => {
    document.title = 'The report · Kazakhstan torture-prevention indicators';
  }, []);
  return (
    <article className="source-page">
      <header className="source-header">
        <h1>The report</h1>
        <p className="lead">
          Kazakhstan’s 2024 follow-up information to the UN Committee against Torture, in full and
          as received. Each paragraph number is a link to that paragraph; the figures the indicators
          use are highlighted and link to them.
        </p>
        {report.data && <ReportTitleBlock report={report.data} />}
      </header>
      {report.isError && (
        <ErrorPanel
          title="The report text"
          {...describeError(report.error)}
          onRetry={() => void report.refetch()}
        />
      )}
      {report.isPending && <Loading label="Loading the report…" />}
      {report.data && <FigureStatus figures={figures} />}
      {report.data && (
        <RegionBoundary title="The report text">
          <ReportText
            report={report.data}
            citations={citations}
            titles={titles}
            targetId={targetId}
          />
        </RegionBoundary>
      )}
    </article>
  );
}
