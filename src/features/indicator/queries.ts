import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

export function indicatorQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchIndicator(defaultDataSource(), id, signal),
  });
}

export function reportQueryOptions(sourceId: string) {
  return queryOptions({
    queryKey: dataKeys.report(sourceId),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchReport(defaultDataSource(), sourceId, signal),
  });
}
