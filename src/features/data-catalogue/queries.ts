import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';

export function dataPackageQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.dataPackage(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchDataPackage(defaultDataSource(), signal),
  });
}

export function columnDocsQueryOptions(path: string) {
  return queryOptions({
    queryKey: dataKeys.columnDocs(path),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchColumnDocs(defaultDataSource(), path, signal),
  });
}

// Same key and function as the indicator page's, so rows are shared in the cache.
export function indicatorQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchIndicator(defaultDataSource(), id, signal),
  });
}

export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal),
  });
}

export function tableSummaryQueryOptions(path: string) {
  return queryOptions({
    queryKey: dataKeys.tableSummary(path),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchTableSummary(defaultDataSource(), path, signal),
  });
}
