import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorChartRegion } from '../../charts/indicator-chart-region';
import { describeError } from '../../data/describe-error';
import { isIndicatorId, isUnknownIndicator } from '../../data/indicator-id';
import { chartSourceLine } from '../../domain/export/chart-image-text';
import { localiseIndicator } from '../../domain/localise';
import type { Indicator } from '../../domain/model';
import { splitChartedObservations } from '../../domain/series';
import type { Locale } from '../../domain/translate';
import { parseViewState } from '../../domain/view-state';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { useShareHref } from '../../ui/site-paths';
import { useElementWidth } from '../../ui/use-element-width';
import { useHydrated } from '../../ui/use-hydrated';
import { useLocale } from '../../ui/use-locale';
import { indicatorQueryOptions } from './queries';
import { useForcedTheme } from './use-forced-theme';
import { useReportHeight } from './use-report-height';

/**
 * The document's one main landmark, whatever the embed shows. Named after the chart where
 * there is one: a page embedding several charts has a main landmark per iframe besides its
 * own, and screen readers list them together, so each must say which chart it holds.
 */
function EmbedMain({
  labelledBy,
  children,
}: {
  labelledBy?: string;
  children: ReactNode;
}): ReactElement {
  return <main aria-labelledby={labelledBy}>{children}</main>;
}

/** A message in place of the chart (not found, failed, loading), inside the embed's padding. */
function EmbedMessage({ children }: { children: ReactNode }): ReactElement {
  return (
    <EmbedMain>
      <div className="embed">{children}</div>
    </EmbedMain>
  );
}

export interface EmbedPageProps {
  /** The indicator's id, from the address; checked here, so any string will do. */
  id: string;
  /** The address's query string ("?series=…&theme=dark"), read once hydrated. */
  search: string;
}

/**
 * The chart alone, for iframes: title, chart, source line and a link back to the full page.
 * It takes its address as props rather than from the router: an embed never navigates, so
 * its own entry (src/app/embed-start.tsx) hydrates it without the router's 13 kB.
 */
export function EmbedPage({ id, search }: EmbedPageProps): ReactElement {
  const { t } = useTranslation('embed');
  const locale = useLocale();
  const validId = isIndicatorId(id);
  const query = useQuery({ ...indicatorQueryOptions(id), enabled: validId });
  const indicator = useMemo(
    () => (query.data ? localiseIndicator(query.data, locale.language) : undefined),
    [query.data, locale.language],
  );
  const hydrated = useHydrated();
  const chartSeries = query.data?.meta.chart.series;
  // A shared link's ?series= applies here too, once hydrated (the prerendered page has none).
  const visibleSeries = useMemo(
    () =>
      chartSeries === undefined
        ? []
        : hydrated
          ? parseViewState(search, chartSeries).series
          : chartSeries,
    [chartSeries, hydrated, search],
  );
  useReportHeight(id);
  useForcedTheme(search);
  if (!validId || isUnknownIndicator(query.error, id)) {
    return (
      <EmbedMessage>
        <p className="embed-missing">{t('notFound', { id })}</p>
      </EmbedMessage>
    );
  }
  if (query.isError) {
    return (
      <EmbedMessage>
        <ErrorPanel
          title={t('errorTitle', { id })}
          {...describeError(query.error, locale)}
          onRetry={() => void query.refetch()}
        />
      </EmbedMessage>
    );
  }
  if (query.isPending || indicator === undefined) {
    return (
      <EmbedMessage>
        <Loading label={t('loading')} />
      </EmbedMessage>
    );
  }
  return <EmbedChart indicator={indicator} visibleSeries={visibleSeries} locale={locale} />;
}

/**
 * The loaded embed: its own component so that the element it measures exists when it mounts
 * (a page rendered in the browser first shows the loading state).
 */
function EmbedChart({
  indicator,
  visibleSeries,
  locale,
}: {
  indicator: Indicator;
  visibleSeries: string[];
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('embed');
  // The link back opens the full page in the embed's language, wherever the chart is shown.
  const pageHref = useShareHref(`/indicators/${indicator.meta.id}`);
  const [ref, width] = useElementWidth<HTMLElement>();
  const titleId = useId();
  const { charted } = splitChartedObservations(indicator);
  return (
    <EmbedMain labelledBy={titleId}>
      <article className="embed" ref={ref}>
        <h1 id={titleId} className="embed-title">
          {indicator.meta.title}
        </h1>
        {/* A chart that fails says so under the title and keeps the source line and link. */}
        <IndicatorChartRegion
          indicator={indicator}
          charted={charted}
          visibleSeries={visibleSeries}
          width={Math.max(width, 260)}
          locale={locale}
        />
        <p className="embed-source">
          {chartSourceLine(
            charted.map((o) => o.paragraph),
            locale,
          )}
          .{' '}
          <a href={pageHref} target="_top">
            {t('fullData')}
          </a>
        </p>
      </article>
    </EmbedMain>
  );
}
