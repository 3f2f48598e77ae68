import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactElement } from 'react';
import { useParams } from 'react-router';
import { describeError } from '../../data/describe-error';
import { isIndicatorId, isUnknownIndicator } from '../../data/indicator-id';
import { DEFAULT_LOCALE } from '../../domain/format/locale';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { NotFound } from '../../ui/not-found';
import { IndicatorView } from './components/indicator-view';
import { indicatorQueryOptions } from './queries';

export function IndicatorPage(): ReactElement {
  const { id = '' } = useParams();
  const validId = isIndicatorId(id);
  const query = useQuery({ ...indicatorQueryOptions(id), enabled: validId });
  useEffect(() => {
    if (query.data)
      document.title = `${query.data.meta.title} · Kazakhstan torture-prevention indicators`;
  }, [query.data]);
  if (!validId || isUnknownIndicator(query.error, id)) {
    return <NotFound message={`There is no indicator called “${id}”.`} />;
  }
  if (query.isError) {
    return (
      <ErrorPanel
        title={`The indicator “${id}”`}
        {...describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.isPending) return <Loading label="Loading the indicator…" />;
  return <IndicatorView indicator={query.data} locale={DEFAULT_LOCALE} />;
}
