import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Verdict } from '../../../domain/checks/check-spec';
import { evaluateLoadedChecks, indicatorsReadBy } from '../../../domain/checks/evaluate-check';
import { describeError } from '../../../data/describe-error';
import { describeCheck } from '../../../domain/format/check';
import { localiseCheckSpec } from '../../../domain/localise';
import type { Locale } from '../../../domain/translate';
import { VerdictBadge } from '../../../ui/checks/verdict-badge';
import { ErrorPanel } from '../../../ui/error-panel';
import { cardQueryOptions, checksQueryOptions } from '../queries';

// Findings a reader should see first: where the report's figures do not bear out its words.
const STRONGEST: readonly Verdict[] = ['inconsistent', 'approximately_consistent'];
const SHOWN = 3;

/**
 * The strongest fact-check findings, each linking to its working on /checks. If the checks
 * cannot load, the section says which file and why, with "Try again", rather than vanish:
 * a reader who saw it before would otherwise take its absence for "nothing to report".
 */
export function KeyFindings({ locale }: { locale: Locale }): ReactElement | null {
  const { t } = useTranslation('home');
  const checks = useQuery(checksQueryOptions());
  const specs = useMemo(
    () => (checks.data ?? []).map((spec) => localiseCheckSpec(spec, locale.language)),
    [checks.data, locale.language],
  );
  const ids = indicatorsReadBy(specs);
  const indicators = useQueries({ queries: ids.map((id) => cardQueryOptions(id)) });
  const results = evaluateLoadedChecks(
    specs,
    ids.map((id, index) => ({ id, observations: indicators[index]?.data?.observations })),
  );
  const findings = STRONGEST.flatMap((verdict) =>
    results.filter((result) => result.outcome.verdict === verdict),
  ).slice(0, SHOWN);
  if (!checks.isError && findings.length === 0) return null;
  return (
    <section className="key-findings" aria-labelledby="key-findings-heading">
      <h2 id="key-findings-heading">{t('findings.heading')}</h2>
      {checks.isError ? (
        <ErrorPanel
          title={t('errors.checks')}
          {...describeError(checks.error, locale)}
          onRetry={() => void checks.refetch()}
        />
      ) : (
        <>
          <ul>
            {findings.map((result) => (
              <li key={result.spec.id}>
                <VerdictBadge verdict={result.outcome.verdict} />{' '}
                <strong>{result.spec.title}.</strong> {describeCheck(result, locale).explanation}{' '}
                <Link to={`/checks#check-${result.spec.id}`}>{t('findings.seeWorking')}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/checks">{t('findings.allChecks')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
