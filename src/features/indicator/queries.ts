import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';
import { checkIndicators } from '../../domain/checks/evaluate-check';

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

/**
 * The fact checks that read an indicator. Only those are cached (and carried by a
 * prerendered page, which would otherwise hold every check in the file); the file itself
 * is cached by the browser.
 */
export function checksReadingQueryOptions(indicatorId: string) {
  return queryOptions({
    queryKey: dataKeys.checksReading(indicatorId),
    queryFn: async ({ signal }) => {
      const checks = await (await loadQueryFns()).fetchChecks(defaultDataSource(), signal);
      return checks.filter((spec) => checkIndicators(spec).includes(indicatorId));
    },
  });
}

/**
 * The catalogue's (English) titles of some indicators, for naming one whose own files fail.
 * Only those entries are cached and carried by a prerendered page.
 */
export function catalogueTitlesQueryOptions(ids: readonly string[]) {
  return queryOptions({
    queryKey: dataKeys.catalogueTitles(ids),
    queryFn: async ({ signal }) => {
      const catalogue = await (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal);
      return catalogue.indicators.flatMap((entry): [string, string][] =>
        ids.includes(entry.id) ? [[entry.id, entry.title]] : [],
      );
    },
  });
}

export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchCatalogue(defaultDataSource(), signal),
  });
}

/**
 * What a citation of the curated data names (title, version, date, authors), from
 * datapackage.json. Only those fields are cached (and carried by a prerendered page); the
 * file itself is cached by the browser, which the data catalogue page reads too.
 */
export function datasetCitationQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.datasetCitation(),
    queryFn: async ({ signal }) => {
      const pkg = await (await loadQueryFns()).fetchDataPackage(defaultDataSource(), signal);
      return {
        title: pkg.title,
        version: pkg.version,
        ...(pkg.created === undefined ? {} : { created: pkg.created }),
        authors: pkg.contributors.map((contributor) => contributor.title),
      };
    },
  });
}
