import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describeError } from '../../data/describe-error';
import { DEFAULT_LOCALE } from '../../domain/format/locale';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { FailedCard } from './components/failed-card';
import { IndicatorCard } from './components/indicator-card';
import { cardQueryOptions, catalogueQueryOptions, topicsQueryOptions } from './queries';

export function HomePage(): ReactElement {
  const catalogue = useQuery(catalogueQueryOptions());
  const topics = useQuery(topicsQueryOptions());
  const entries = catalogue.data?.indicators ?? [];
  const cards = useQueries({ queries: entries.map((entry) => cardQueryOptions(entry.id)) });
  const loaded = cards.flatMap((card) => (card.data ? [card.data] : []));
  const topicList = topics.data ?? [];
  const knownTopics = new Set(topicList.map((t) => t.id));
  const groups = [
    ...topicList.map((topic) => ({
      id: topic.id,
      title: topic.title,
      indicators: loaded.filter((i) => i.meta.topic === topic.id),
    })),
    {
      id: 'other',
      title: 'Other indicators',
      indicators: loaded.filter((i) => !knownTopics.has(i.meta.topic)),
    },
  ].filter((group) => group.indicators.length > 0);
  const failed = entries.flatMap((entry, index) => {
    const card = cards[index];
    return card?.isError ? [{ entry, card }] : [];
  });
  return (
    <div className="home">
      <section className="intro" aria-labelledby="home-heading">
        <h1 id="home-heading">What Kazakhstan reported to the UN Committee against Torture</h1>
        <p className="lead">
          Figures from Kazakhstan’s 2024 follow-up information to the Committee against Torture,
          received on 13 May 2024: custody reviews, disciplinary sanctions, deaths in prisons and
          the move from barracks to cells. Each figure is shown as the report states it, qualifiers
          included, with the paragraph it comes from.
        </p>
      </section>
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
      {(catalogue.isPending || cards.some((card) => card.isPending)) && (
        <Loading label="Loading indicators…" />
      )}
      <div className="topics">
        {groups.map((group) => (
          <section key={group.id} className="topic" aria-labelledby={`topic-${group.id}`}>
            <h2 id={`topic-${group.id}`}>{group.title}</h2>
            <div className="card-grid">
              {group.indicators.map((indicator) => (
                <IndicatorCard
                  key={indicator.meta.id}
                  indicator={indicator}
                  locale={DEFAULT_LOCALE}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      {failed.length > 0 && (
        <section className="topic" aria-labelledby="topic-failed">
          <h2 id="topic-failed">Indicators that could not be loaded</h2>
          <div className="card-grid">
            {failed.map(({ entry, card }) => (
              <FailedCard
                key={entry.id}
                entry={entry}
                error={card.error}
                onRetry={() => void card.refetch()}
              />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
