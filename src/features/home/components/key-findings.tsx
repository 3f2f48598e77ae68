import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../data/describe-error';
import { describeCheck } from '../../../domain/format/check';
import { localiseCheckSpec } from '../../../domain/localise';
import type { Locale } from '../../../domain/translate';
import { VerdictBadge } from '../../../ui/checks/verdict-badge';
import { ErrorPanel } from '../../../ui/error-panel';
import { keyFindingsQueryOptions } from '../queries';

/**
 * The strongest fact-check findings, each linking to its working on /checks. If the checks
 * cannot load, the section says which file and why, with "Try again", rather than vanish:
 * a reader who saw it before would otherwise take its absence for "nothing to report". If an
 * indicator a check reads cannot load, the findings judged without it are shown, and below
 * them which file failed and why, with "Try again".
 */
export function KeyFindings({ locale }: { locale: Locale }): ReactElement | null {
  const { t } = useTranslation('home');
  const findings = useQuery(keyFindingsQueryOptions());
  const shown = (findings.data?.findings ?? []).map((finding) => ({
    ...finding,
    spec: localiseCheckSpec(finding.spec, locale.language),
  }));
  const unjudged = findings.data?.unjudged[0];
  if (!findings.isError && shown.length === 0 && !unjudged) return null;
  return (
    <section className="key-findings" aria-labelledby="key-findings-heading">
      <h2 id="key-findings-heading">{t('findings.heading')}</h2>
      {findings.isError ? (
        <ErrorPanel
          title={t('errors.checks')}
          {...describeError(findings.error, locale)}
          onRetry={() => void findings.refetch()}
        />
      ) : (
        <>
          <ul>
            {shown.map((result) => (
              <li key={result.spec.id}>
                <VerdictBadge verdict={result.outcome.verdict} />{' '}
                <strong>{result.spec.title}.</strong> {describeCheck(result, locale).explanation}{' '}
                <Link to={`/checks#check-${result.spec.id}`}>{t('findings.seeWorking')}</Link>
              </li>
            ))}
          </ul>
          {unjudged && (
            <ErrorPanel
              title={t('errors.someChecks')}
              {...describeError(unjudged.error, locale)}
              onRetry={() => void findings.refetch()}
            />
          )}
          <p>
            <Link to="/checks">{t('findings.allChecks')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
