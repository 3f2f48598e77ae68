import { useQueries, useQuery } from '@tanstack/react-query';
import {
  evaluateLoadedChecks,
  indicatorsReadBy,
  type CheckResult,
} from '../../domain/checks/evaluate-check';
import type { Language } from '../../domain/language';
import { localiseIndicatorMeta } from '../../domain/localise';
import { seriesLabels } from '../../domain/series';
import { catalogueQueryOptions, checksQueryOptions, indicatorQueryOptions } from './queries';

/**
 * Every declared check, evaluated against the rows of the indicators it reads, with the
 * indicators' titles and series labels in the reader's language.
 */
export function useChecks(language: Language) {
  const checks = useQuery(checksQueryOptions());
  const catalogue = useQuery(catalogueQueryOptions());
  const specs = checks.data ?? [];
  const ids = indicatorsReadBy(specs);
  const indicators = useQueries({ queries: ids.map((id) => indicatorQueryOptions(id)) });
  const results: CheckResult[] = evaluateLoadedChecks(
    specs,
    ids.map((id, index) => ({ id, observations: indicators[index]?.data?.observations })),
  );
  const metas = indicators.flatMap((query) =>
    query.data ? [localiseIndicatorMeta(query.data.meta, language)] : [],
  );
  // The catalogue's (English) title until an indicator's own, translated, metadata is in.
  const titles = new Map([
    ...(catalogue.data?.indicators ?? []).map((e): [string, string] => [e.id, e.title]),
    ...metas.map((meta): [string, string] => [meta.id, meta.title]),
  ]);
  return {
    checks,
    results,
    labels: seriesLabels(metas),
    titles,
    failedIndicators: ids.flatMap((id, index) => {
      const query = indicators[index];
      return query?.isError ? [{ id, error: query.error, retry: () => void query.refetch() }] : [];
    }),
    pending: checks.isPending || indicators.some((query) => query.isPending),
  };
}
