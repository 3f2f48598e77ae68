import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal),
  });
}

export function topicsQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.topics(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchTopics(defaultDataSource(), signal),
  });
}

// Same key and function as the indicator page's, so a card's data is reused there.
export function cardQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchIndicator(defaultDataSource(), id, signal),
  });
}

export function checksQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.checks(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchChecks(defaultDataSource(), signal),
  });
}
