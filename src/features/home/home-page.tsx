import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../data/describe-error';
import { formatPartialDate } from '../../domain/format/partial-date';
import { localiseTopic } from '../../domain/localise';
import { REPORT_RECEIVED } from '../../domain/export/chart-image-text';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useLocale } from '../../ui/use-locale';
import { KeyFindings } from './components/key-findings';
import { TopicSection } from './components/topic-section';
import { catalogueQueryOptions, topicsQueryOptions } from './queries';
import { useDocumentTitle } from '../../ui/use-document-title';

export function HomePage(): ReactElement {
  const { t } = useTranslation('home');
  useDocumentTitle(null);
  const locale = useLocale();
  const catalogue = useQuery(catalogueQueryOptions());
  const topics = useQuery(topicsQueryOptions());
  const entries = catalogue.data?.indicators ?? [];
  const topicList = useMemo(
    () => (topics.data ?? []).map((topic) => localiseTopic(topic, locale.language)),
    [topics.data, locale.language],
  );
  const knownTopics = new Set(topicList.map((topic) => topic.id));
  // Cards wait for the topics, so that none is drawn under "Other indicators" and then moved
  // (a move remounts the card, and a remount mid-request would cancel and refetch its data).
  const groups = topics.isPending
    ? []
    : [
        ...topicList.map((topic) => ({
          id: topic.id,
          title: topic.title,
          entries: entries.filter((entry) => entry.topic === topic.id),
        })),
        {
          id: 'other',
          title: t('otherIndicators'),
          entries: entries.filter((entry) => !knownTopics.has(entry.topic)),
        },
      ].filter((group) => group.entries.length > 0);
  return (
    <div className="home">
      <section className="intro" aria-labelledby="home-heading">
        <h1 id="home-heading">{t('intro.heading')}</h1>
        <p className="lead">
          {t('intro.lead', { received: formatPartialDate(REPORT_RECEIVED, locale) })}
        </p>
      </section>
      <RegionBoundary title={t('regions.findings')}>
        <KeyFindings locale={locale} />
      </RegionBoundary>
      {catalogue.isError && (
        <ErrorPanel
          title={t('errors.catalogue')}
          {...describeError(catalogue.error, locale)}
          onRetry={() => void catalogue.refetch()}
        />
      )}
      {topics.isError && (
        <ErrorPanel
          title={t('errors.topics')}
          {...describeError(topics.error, locale)}
          onRetry={() => void topics.refetch()}
        />
      )}
      {(catalogue.isPending || topics.isPending) && <Loading label={t('loading')} />}
      <RegionBoundary title={t('regions.catalogue')}>
        <div className="topics">
          {groups.map((group) => (
            <TopicSection
              key={group.id}
              id={group.id}
              title={group.title}
              entries={group.entries}
              locale={locale}
            />
          ))}
        </div>
      </RegionBoundary>
    </div>
  );
}
