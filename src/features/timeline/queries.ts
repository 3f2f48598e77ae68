import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

export function eventsQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.events(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchEvents(defaultDataSource(), signal),
  });
}
