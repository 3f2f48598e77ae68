import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describeError } from '../../data/describe-error';
import { DEFAULT_LOCALE } from '../../domain/format/locale';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { KeyFindings } from './components/key-findings';
import { TopicSection } from './components/topic-section';
import { catalogueQueryOptions, topicsQueryOptions } from './queries';

export function HomePage(): ReactElement {
  const catalogue = useQuery(catalogueQueryOptions());
  const topics = useQuery(topicsQueryOptions());
  const entries = catalogue.data?.indicators ?? [];
  const topicList = topics.data ?? [];
  const knownTopics = new Set(topicList.map((t) => t.id));
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
          title: 'Other indicators',
          entries: entries.filter((entry) => !knownTopics.has(entry.topic)),
        },
      ].filter((group) => group.entries.length > 0);
  return (
    <div className="home">
      <section className="intro" aria-labelledby="home-heading">
        <h1 id="home-heading">What Kazakhstan reported to the UN Committee against Torture</h1>
        <p className="lead">
          Every figure in Kazakhstan’s 2024 follow-up information to the Committee against Torture,
          received on 13 May 2024: custody safeguards, deaths in the January 2022 events, torture
          investigations, disciplinary sanctions, deaths in prisons, the move from barracks to
          cells, prison health care, monitoring visits and military health screening. Each figure is
          shown as the report states it, qualifiers included, with the paragraph it comes from, and
          the report’s own arithmetic is checked.
        </p>
      </section>
      <RegionBoundary title="The strongest findings">
        <KeyFindings locale={DEFAULT_LOCALE} />
      </RegionBoundary>
      {catalogue.isError && (
        <ErrorPanel
          title="The list of indicators"
          {...describeError(catalogue.error)}
          onRetry={() => void catalogue.refetch()}
        />
      )}
      {topics.isError && (
        <ErrorPanel
          title="The topics"
          {...describeError(topics.error)}
          onRetry={() => void topics.refetch()}
        />
      )}
      {(catalogue.isPending || topics.isPending) && <Loading label="Loading indicators…" />}
      <RegionBoundary title="The list of indicators">
        <div className="topics">
          {groups.map((group) => (
            <TopicSection
              key={group.id}
              id={group.id}
              title={group.title}
              entries={group.entries}
              locale={DEFAULT_LOCALE}
            />
          ))}
        </div>
      </RegionBoundary>
    </div>
  );
}
