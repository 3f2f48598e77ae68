import { useQueries, useQuery } from '@tanstack/react-query';
import {
  evaluateLoadedChecks,
  indicatorsReadBy,
  type CheckResult,
} from '../../domain/checks/evaluate-check';
import { seriesLabels } from '../../domain/series';
import { catalogueQueryOptions, checksQueryOptions, indicatorQueryOptions } from './queries';

/** Every declared check, evaluated against the rows of the indicators it reads. */
export function useChecks() {
  const checks = useQuery(checksQueryOptions());
  const catalogue = useQuery(catalogueQueryOptions());
  const specs = checks.data ?? [];
  const ids = indicatorsReadBy(specs);
  const indicators = useQueries({ queries: ids.map((id) => indicatorQueryOptions(id)) });
  const results: CheckResult[] = evaluateLoadedChecks(
    specs,
    ids.map((id, index) => ({ id, observations: indicators[index]?.data?.observations })),
  );
  return {
    checks,
    results,
    labels: seriesLabels(indicators.flatMap((query) => (query.data ? [query.data.meta] : []))),
    titles: new Map((catalogue.data?.indicators ?? []).map((e) => [e.id, e.title])),
    failedIndicators: ids.flatMap((id, index) => {
      const query = indicators[index];
      return query?.isError ? [{ id, error: query.error, retry: () => void query.refetch() }] : [];
    }),
    pending: checks.isPending || indicators.some((query) => query.isPending),
  };
}
