import { queryOptions } from '@tanstack/react-query';
import type { DataSource } from '../../data/data-source';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { fetchIndicator, fetchReport } from '../../data/query-fns';

export function indicatorQueryOptions(id: string, source: DataSource = defaultDataSource()) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: ({ signal }) => fetchIndicator(source, id, signal),
  });
}

export function reportQueryOptions(sourceId: string, source: DataSource = defaultDataSource()) {
  return queryOptions({
    queryKey: dataKeys.report(sourceId),
    queryFn: ({ signal }) => fetchReport(source, sourceId, signal),
  });
}
