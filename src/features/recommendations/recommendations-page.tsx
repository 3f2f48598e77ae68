import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describeError } from '../../data/describe-error';
import { REPORT_SOURCE_ID } from '../../data/report-source';
import { sortEvents } from '../../domain/timeline';
import { recommendationLabel, recommendationsAnswered } from '../../domain/recommendations';
import { reportParagraphs } from '../../domain/report';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { RecommendationSection } from './components/recommendation-section';
import { catalogueQueryOptions, eventsQueryOptions, reportDocumentQueryOptions } from './queries';

/**
 * For each recommendation of the concluding observations that the report answers: the
 * report's paragraphs, the dated measures and the indicators that bear on it.
 */
export function RecommendationsPage(): ReactElement {
  const report = useQuery(reportDocumentQueryOptions(REPORT_SOURCE_ID));
  const events = useQuery(eventsQueryOptions());
  const catalogue = useQuery(catalogueQueryOptions());
  const answers = report.data ? recommendationsAnswered(report.data) : [];
  const byNumber = new Map(
    (report.data ? reportParagraphs(report.data) : []).map((p) => [p.number, p]),
  );
  const sortedEvents = events.data ? sortEvents(events.data) : undefined;
  return (
    <article className="recommendations-page">
      <h1>The Committee’s recommendations and what the report answers</h1>
      <p className="lead">
        The report answers nine recommendations of the Committee against Torture’s concluding
        observations on Kazakhstan (CAT/C/KAZ/CO/4). For each, the report’s paragraphs, the measures
        it dates and the indicators built from its figures.
      </p>
      {report.isError && (
        <ErrorPanel
          title="The report"
          {...describeError(report.error)}
          onRetry={() => void report.refetch()}
        />
      )}
      {events.isError && (
        <ErrorPanel
          title="The measures"
          {...describeError(events.error)}
          onRetry={() => void events.refetch()}
        />
      )}
      {catalogue.isError && (
        <ErrorPanel
          title="The indicators"
          {...describeError(catalogue.error)}
          onRetry={() => void catalogue.refetch()}
        />
      )}
      {(report.isPending || events.isPending || catalogue.isPending) && (
        <Loading label="Loading the report…" />
      )}
      {answers.length > 0 && (
        <nav aria-label="Recommendations" className="recommendation-index">
          <ul>
            {answers.map((answer) => (
              <li key={answer.id}>
                <a href={`#rec-${answer.id}`}>
                  {recommendationLabel(answer.id).replace(/^p/, 'P')}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {answers.map((answer) => (
        <RegionBoundary key={answer.id} title={`The section on ${recommendationLabel(answer.id)}`}>
          <RecommendationSection
            answer={answer}
            paragraphs={answer.paragraphs.flatMap((n) => byNumber.get(n) ?? [])}
            events={sortedEvents?.filter((event) => answer.paragraphs.includes(event.paragraph))}
            indicators={catalogue.data?.indicators.filter((entry) =>
              entry.recommendations.includes(answer.id),
            )}
          />
        </RegionBoundary>
      ))}
    </article>
  );
}
