import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakdownBars } from '../../../charts/breakdown-bars';
import { describeError } from '../../../data/describe-error';
import { evaluateLoadedChecks, indicatorsReadBy } from '../../../domain/checks/evaluate-check';
import { localiseCheckSpec, localiseIndicatorMeta } from '../../../domain/localise';
import { seriesLabels } from '../../../domain/series';
import type { Locale } from '../../../domain/translate';
import { CheckCard } from '../../../ui/checks/check-card';
import { ErrorPanel } from '../../../ui/error-panel';
import { RegionBoundary } from '../../../ui/region-boundary';
import {
  catalogueTitlesQueryOptions,
  checksReadingQueryOptions,
  indicatorQueryOptions,
} from '../queries';

/** The fact checks that read an indicator's figures, with their working. */
export function IndicatorChecks({
  indicatorId,
  locale,
}: {
  indicatorId: string;
  locale: Locale;
}): ReactElement | null {
  const { t } = useTranslation('indicator');
  const { language } = locale;
  const checks = useQuery(checksReadingQueryOptions(indicatorId));
  const specs = useMemo(
    () => (checks.data ?? []).map((spec) => localiseCheckSpec(spec, language)),
    [checks.data, language],
  );
  const ids = indicatorsReadBy(specs);
  const catalogueTitles = useQuery({
    ...catalogueTitlesQueryOptions(ids),
    enabled: ids.length > 0,
  });
  const indicators = useQueries({ queries: ids.map((id) => indicatorQueryOptions(id)) });
  const results = evaluateLoadedChecks(
    specs,
    ids.map((id, index) => ({ id, observations: indicators[index]?.data?.observations })),
  );
  const metas = indicators.flatMap((query) =>
    query.data ? [localiseIndicatorMeta(query.data.meta, language)] : [],
  );
  const labels = seriesLabels(metas);
  // The catalogue's titles are English; an indicator already loaded gives its own, translated.
  const titles = new Map([
    ...(catalogueTitles.data ?? []),
    ...metas.map((meta): [string, string] => [meta.id, meta.title]),
  ]);
  // A check reading another indicator whose files fail is left out; say which and why,
  // rather than let it vanish without a word.
  const failed = ids.flatMap((id, index) => {
    const query = indicators[index];
    return query?.isError ? [{ id, query }] : [];
  });
  if (results.length === 0 && !checks.isError && failed.length === 0) return null;
  return (
    <section aria-labelledby="indicator-checks-heading" className="indicator-checks">
      <h2 id="indicator-checks-heading">{t('checks.heading')}</h2>
      {checks.isError && (
        <ErrorPanel
          title={t('checks.error')}
          {...describeError(checks.error, locale)}
          onRetry={() => void checks.refetch()}
        />
      )}
      {failed.map(({ id, query }) => (
        <ErrorPanel
          key={id}
          title={t('checks.failed', { title: titles.get(id) ?? id })}
          {...describeError(query.error, locale)}
          onRetry={() => void query.refetch()}
        />
      ))}
      {results.map((result) => (
        <RegionBoundary
          key={result.spec.id}
          title={t('checks.region', { title: result.spec.title })}
        >
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
