import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

/** The whole report: title block, date received, sections and paragraphs. */
export function reportDocumentQueryOptions(sourceId: string) {
  return queryOptions({
    queryKey: dataKeys.reportDocument(sourceId),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchReportDocument(defaultDataSource(), sourceId, signal),
  });
}

// Same keys and functions as the home and indicator pages', so their data is shared.
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
