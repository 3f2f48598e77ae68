import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

export function checksQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.checks(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchChecks(defaultDataSource(), signal),
  });
}

// Same keys and functions as the other pages', so their data is shared in the cache.
export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal),
  });
}

export function indicatorQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchIndicator(defaultDataSource(), id, signal),
  });
}
