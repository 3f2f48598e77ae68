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

/**
 * The paragraphs of a report that an indicator cites. Only those are cached (and carried by a
 * prerendered page); the text file itself is cached by the browser.
 */
export function reportParagraphsQueryOptions(sourceId: string, numbers: readonly number[]) {
  return queryOptions({
    queryKey: dataKeys.reportParagraphs(sourceId, numbers),
    queryFn: async ({ signal }) => {
      const paragraphs = await (
        await loadQueryFns()
      ).fetchReport(defaultDataSource(), sourceId, signal);
      return paragraphs.filter((paragraph) => numbers.includes(paragraph.number));
    },
  });
}

export function checksQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.checks(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchChecks(defaultDataSource(), signal),
  });
}

export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal),
  });
}
