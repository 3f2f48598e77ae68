import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { fetchIndicator } from '../../data/query-fns';

export function indicatorQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: ({ signal }) => fetchIndicator(defaultDataSource(), id, signal),
  });
}
