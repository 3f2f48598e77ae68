import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../data/describe-error';
import { REPORT_SOURCE_ID } from '../../data/report-source';
import { localiseEvent, localiseTitled } from '../../domain/localise';
import { sortEvents } from '../../domain/timeline';
import { recommendationLabel, recommendationsAnswered } from '../../domain/recommendations';
import { reportParagraphs } from '../../domain/report';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useLocale } from '../../ui/use-locale';
import { RecommendationSection } from './components/recommendation-section';
import { catalogueQueryOptions, eventsQueryOptions, reportDocumentQueryOptions } from './queries';
import { useDocumentTitle } from '../../ui/use-document-title';

/** "paragraph 24" → "Paragraph 24", in any language (a label starting with a digit is kept). */
function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/**
 * For each recommendation of the concluding observations that the report answers: the
 * report's paragraphs, the dated measures and the indicators that bear on it.
 */
export function RecommendationsPage(): ReactElement {
  const { t } = useTranslation('recommendations');
  useDocumentTitle(t('meta:recommendations.name'));
  const locale = useLocale();
  const { language } = locale;
  const report = useQuery(reportDocumentQueryOptions(REPORT_SOURCE_ID));
  const events = useQuery(eventsQueryOptions());
  const catalogue = useQuery(catalogueQueryOptions());
  const entries = useMemo(
    () => catalogue.data?.indicators.map((entry) => localiseTitled(entry, language)),
    [catalogue.data, language],
  );
  const answers = report.data ? recommendationsAnswered(report.data) : [];
  const byNumber = new Map(
    (report.data ? reportParagraphs(report.data) : []).map((p) => [p.number, p]),
  );
  const sortedEvents = useMemo(
    () =>
      events.data ? sortEvents(events.data).map((e) => localiseEvent(e, language)) : undefined,
    [events.data, language],
  );
  return (
    <article className="recommendations-page">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      {report.isError && (
        <ErrorPanel
          title={t('errors.report')}
          {...describeError(report.error, locale)}
          onRetry={() => void report.refetch()}
        />
      )}
      {events.isError && (
        <ErrorPanel
          title={t('errors.measures')}
          {...describeError(events.error, locale)}
          onRetry={() => void events.refetch()}
        />
      )}
      {catalogue.isError && (
        <ErrorPanel
          title={t('errors.indicators')}
          {...describeError(catalogue.error, locale)}
          onRetry={() => void catalogue.refetch()}
        />
      )}
      {(report.isPending || events.isPending || catalogue.isPending) && (
        <Loading label={t('loading')} />
      )}
      {answers.length > 0 && (
        <nav aria-label={t('indexLabel')} className="recommendation-index">
          <ul>
            {answers.map((answer) => (
              <li key={answer.id}>
                <a href={`#rec-${answer.id}`}>
                  {capitalised(recommendationLabel(answer.id, locale), language)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {answers.map((answer) => {
        const label = recommendationLabel(answer.id, locale);
        return (
          <RegionBoundary key={answer.id} title={t('sectionTitle', { label })}>
            <RecommendationSection
              answer={answer}
              label={label}
              paragraphs={answer.paragraphs.flatMap((n) => byNumber.get(n) ?? [])}
              events={sortedEvents?.filter((event) => answer.paragraphs.includes(event.paragraph))}
              indicators={entries?.filter((entry) => entry.recommendations.includes(answer.id))}
            />
          </RegionBoundary>
        );
      })}
    </article>
  );
}
