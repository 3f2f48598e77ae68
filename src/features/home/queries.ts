import { queryOptions } from '@tanstack/react-query';
import type { DataSource } from '../../data/data-source';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { fetchCatalogue, fetchIndicator, fetchTopics } from '../../data/query-fns';

export function catalogueQueryOptions(source: DataSource = defaultDataSource()) {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: ({ signal }) => fetchCatalogue(source, signal),
  });
}

export function topicsQueryOptions(source: DataSource = defaultDataSource()) {
  return queryOptions({
    queryKey: dataKeys.topics(),
    queryFn: ({ signal }) => fetchTopics(source, signal),
  });
}

// Same key and function as the indicator page's, so a card's data is reused there.
export function cardQueryOptions(id: string, source: DataSource = defaultDataSource()) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: ({ signal }) => fetchIndicator(source, id, signal),
  });
}
