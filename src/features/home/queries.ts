import { queryOptions } from '@tanstack/react-query';
import { defaultDataSource } from '../../data/default-data-source';
import { INPUT_ONLY } from '../../data/input-only-query';
import { dataKeys } from '../../data/query-keys';
import { loadQueryFns } from '../../data/load-query-fns';
import { evaluateLoadedChecks, indicatorsReadBy } from '../../domain/checks/evaluate-check';
import { keyFindings } from '../../domain/checks/key-findings';
import { indicatorCard } from '../../domain/indicator-card';

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

// The indicator page's key and function, so that the whole indicator a card was cut from is
// reused there; marked input-only, because the home page renders only the cut.
function wholeIndicatorQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicator(id),
    queryFn: async ({ signal }) =>
      (await loadQueryFns()).fetchIndicator(defaultDataSource(), id, signal),
    meta: INPUT_ONLY,
  });
}

function checksQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.checks(),
    queryFn: async ({ signal }) => (await loadQueryFns()).fetchChecks(defaultDataSource(), signal),
    meta: INPUT_ONLY,
  });
}

/** What an indicator's card shows, cut from the whole indicator (domain/indicator-card). */
export function cardQueryOptions(id: string) {
  return queryOptions({
    queryKey: dataKeys.indicatorCard(id),
    queryFn: async ({ client }) =>
      indicatorCard(await client.fetchQuery(wholeIndicatorQueryOptions(id))),
    // The whole indicator's query has retried already; retrying here would repeat its retries.
    retry: false,
  });
}

const KEY_FINDINGS_SHOWN = 3;

/**
 * The strongest fact-check findings. A check is judged only if every indicator it reads has
 * loaded; an indicator that fails leaves its checks out, not the rest, and is named with its
 * error so that the page can say the findings are incomplete and offer to try again.
 */
export function keyFindingsQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.keyFindings(),
    queryFn: async ({ client }) => {
      const specs = await client.fetchQuery(checksQueryOptions());
      const ids = indicatorsReadBy(specs);
      const loaded = await Promise.allSettled(
        ids.map((id) => client.fetchQuery(wholeIndicatorQueryOptions(id))),
      );
      const indicators = ids.map((id, index) => {
        const result = loaded[index];
        return {
          id,
          observations: result?.status === 'fulfilled' ? result.value.observations : undefined,
        };
      });
      const unjudged = ids.flatMap((id, index) => {
        const result = loaded[index];
        return result?.status === 'rejected' ? [{ indicator: id, error: result.reason }] : [];
      });
      return {
        findings: keyFindings(evaluateLoadedChecks(specs, indicators), KEY_FINDINGS_SHOWN),
        unjudged,
      };
    },
    // As for a card: the checks' and indicators' own queries have retried already.
    retry: false,
  });
}
