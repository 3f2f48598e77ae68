import type { ReactElement } from 'react';
import { BreakdownBars } from '../../charts/breakdown-bars';
import { describeError } from '../../data/describe-error';
import { DEFAULT_LOCALE } from '../../domain/format/locale';
import { CheckCard } from '../../ui/checks/check-card';
import { VerdictSummary } from '../../ui/checks/verdict-summary';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useChecks } from './use-checks';

export function ChecksPage(): ReactElement {
  const { checks, results, titles, labels, failedIndicators, pending } = useChecks();
  const ordered = [...results].sort((a, b) => a.spec.paragraph - b.spec.paragraph);
  return (
    <article className="checks-page">
      <h1>Fact checks: the report against its own figures</h1>
      <p className="lead">
        Where the report states a total, a percentage change, a trend or a share, we recompute it
        from the report’s own figures. Each check quotes the statement, writes out the arithmetic
        and gives a verdict computed from the data: consistent, approximately consistent,
        inconsistent, or cannot be verified.
      </p>
      {checks.isError && (
        <ErrorPanel
          title="The fact checks"
          {...describeError(checks.error)}
          onRetry={() => void checks.refetch()}
        />
      )}
      {failedIndicators.map(({ id, error, retry }) => (
        <ErrorPanel
          key={id}
          title={`The checks that use “${titles.get(id) ?? id}”`}
          {...describeError(error)}
          onRetry={retry}
        />
      ))}
      {pending && <Loading label="Loading the checks…" />}
      {ordered.length > 0 && (
        <>
          <RegionBoundary title="The summary of verdicts">
            <VerdictSummary results={ordered} />
          </RegionBoundary>
          <div className="check-list">
            {ordered.map((result) => (
              // One boundary per check: a figure that fails to draw leaves the others.
              <RegionBoundary key={result.spec.id} title={`The check “${result.spec.title}”`}>
                <CheckCard
                  result={result}
                  titles={titles}
                  locale={DEFAULT_LOCALE}
                  headingLevel={2}
                  figure={<BreakdownBars result={result} labels={labels} locale={DEFAULT_LOCALE} />}
                />
              </RegionBoundary>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
