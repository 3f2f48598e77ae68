import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

// Same keys and functions as the source, timeline and home pages', so data is shared.
export function reportDocumentQueryOptions(sourceId: string) {
  return queryOptions({
    queryKey: dataKeys.reportDocument(sourceId),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchReportDocument(defaultDataSource(), sourceId, signal),
  });
}

export function eventsQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.events(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchEvents(defaultDataSource(), signal),
  });
}

export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal),
  });
}
