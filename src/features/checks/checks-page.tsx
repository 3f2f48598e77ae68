import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakdownBars } from '../../charts/breakdown-bars';
import { describeError } from '../../data/describe-error';
import { localiseCheckSpec } from '../../domain/localise';
import { CheckCard } from '../../ui/checks/check-card';
import { VerdictSummary } from '../../ui/checks/verdict-summary';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useLocale } from '../../ui/use-locale';
import { useChecks } from './use-checks';
import { useDocumentTitle } from '../../ui/use-document-title';

export function ChecksPage(): ReactElement {
  const { t } = useTranslation('checks');
  useDocumentTitle(t('meta:checks.name'));
  const locale = useLocale();
  const { checks, results, titles, labels, failedIndicators, pending } = useChecks(locale.language);
  const ordered = [...results].sort((a, b) => a.spec.paragraph - b.spec.paragraph);
  return (
    <article className="checks-page">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      {checks.isError && (
        <ErrorPanel
          title={t('regionTitle')}
          {...describeError(checks.error, locale)}
          onRetry={() => void checks.refetch()}
        />
      )}
      {failedIndicators.map(({ id, error, retry }) => (
        <ErrorPanel
          key={id}
          title={t('indicatorFailed', { title: titles.get(id) ?? id })}
          {...describeError(error, locale)}
          onRetry={retry}
        />
      ))}
      {pending && <Loading label={t('loading')} />}
      {ordered.length > 0 && (
        <>
          <RegionBoundary title={t('summaryTitle')}>
            <VerdictSummary results={ordered} />
          </RegionBoundary>
          <div className="check-list">
            {ordered.map((result) => (
              // One boundary per check: a figure that fails to draw leaves the others.
              <RegionBoundary
                key={result.spec.id}
                title={t('checkTitle', {
                  title: localiseCheckSpec(result.spec, locale.language).title,
                })}
              >
                <CheckCard
                  result={result}
                  titles={titles}
                  locale={locale}
                  headingLevel={2}
                  figure={<BreakdownBars result={result} labels={labels} locale={locale} />}
                />
              </RegionBoundary>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
