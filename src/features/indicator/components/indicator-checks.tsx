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
  if (results.length === 0 && !checks.isError) return null;
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
      {results.map((result) => (
        <CheckCard
          key={result.spec.id}
          result={result}
          titles={titles}
          locale={locale}
          figure={<BreakdownBars result={result} labels={labels} locale={locale} />}
        />
      ))}
    </section>
  );
}
