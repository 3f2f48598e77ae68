import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { BreakdownBars } from '../../../charts/breakdown-bars';
import { describeError } from '../../../data/describe-error';
import {
  checkIndicators,
  evaluateLoadedChecks,
  indicatorsReadBy,
} from '../../../domain/checks/evaluate-check';
import { seriesLabels } from '../../../domain/series';
import { CheckCard } from '../../../ui/checks/check-card';
import { ErrorPanel } from '../../../ui/error-panel';
import { RegionBoundary } from '../../../ui/region-boundary';
import { catalogueQueryOptions, checksQueryOptions, indicatorQueryOptions } from '../queries';

/** The fact checks that read an indicator's figures, with their working. */
export function IndicatorChecks({
  indicatorId,
  locale,
}: {
  indicatorId: string;
  locale: string;
}): ReactElement | null {
  const checks = useQuery(checksQueryOptions());
  const catalogue = useQuery(catalogueQueryOptions());
  const specs = (checks.data ?? []).filter((spec) => checkIndicators(spec).includes(indicatorId));
  const ids = indicatorsReadBy(specs);
  const indicators = useQueries({ queries: ids.map((id) => indicatorQueryOptions(id)) });
  const results = evaluateLoadedChecks(
    specs,
    ids.map((id, index) => ({ id, observations: indicators[index]?.data?.observations })),
  );
  const labels = seriesLabels(indicators.flatMap((query) => (query.data ? [query.data.meta] : [])));
  const titles = new Map((catalogue.data?.indicators ?? []).map((e) => [e.id, e.title]));
  // A check reading another indicator whose files fail is left out; say which and why,
  // rather than let it vanish without a word.
  const failed = ids.flatMap((id, index) => {
    const query = indicators[index];
    return query?.isError ? [{ id, query }] : [];
  });
  if (results.length === 0 && !checks.isError && failed.length === 0) return null;
  return (
    <section aria-labelledby="indicator-checks-heading" className="indicator-checks">
      <h2 id="indicator-checks-heading">Checks on these figures</h2>
      {checks.isError && (
        <ErrorPanel
          title="The fact checks"
          {...describeError(checks.error)}
          onRetry={() => void checks.refetch()}
        />
      )}
      {failed.map(({ id, query }) => (
        <ErrorPanel
          key={id}
          title={`The checks that also use “${titles.get(id) ?? id}”`}
          {...describeError(query.error)}
          onRetry={() => void query.refetch()}
        />
      ))}
      {results.map((result) => (
        <RegionBoundary key={result.spec.id} title={`The check “${result.spec.title}”`}>
          <CheckCard
            result={result}
            titles={titles}
            locale={locale}
            figure={<BreakdownBars result={result} labels={labels} locale={locale} />}
          />
        </RegionBoundary>
      ))}
    </section>
  );
}
