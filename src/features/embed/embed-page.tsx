import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type ReactElement, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { IndicatorChartRegion } from '../../charts/indicator-chart-region';
import { describeError } from '../../data/describe-error';
import { isIndicatorId, isUnknownIndicator } from '../../data/indicator-id';
import { chartSourceLine } from '../../domain/export/chart-image-text';
import { DEFAULT_LOCALE } from '../../domain/format/locale';
import { splitChartedObservations } from '../../domain/series';
import { parseViewState } from '../../domain/view-state';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { useElementWidth } from '../../ui/use-element-width';
import { useHydrated } from '../../ui/use-hydrated';
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

/** The chart alone, for iframes: title, chart, source line and a link back to the full page. */
export function EmbedPage(): ReactElement {
  const { id = '' } = useParams();
  const validId = isIndicatorId(id);
  const query = useQuery({ ...indicatorQueryOptions(id), enabled: validId });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const hydrated = useHydrated();
  const titleId = useId();
  const { search } = useLocation();
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
      <EmbedMain>
        <p className="embed-missing">There is no indicator called “{id}”.</p>
      </EmbedMain>
    );
  }
  if (query.isError) {
    return (
      <EmbedMain>
        <ErrorPanel
          title={`The indicator “${id}”`}
          {...describeError(query.error)}
          onRetry={() => void query.refetch()}
        />
      </EmbedMain>
    );
  }
  if (query.isPending) {
    return (
      <EmbedMain>
        <Loading label="Loading the chart…" />
      </EmbedMain>
    );
  }
  const indicator = query.data;
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
          locale={DEFAULT_LOCALE}
        />
        <p className="embed-source">
          {chartSourceLine(charted.map((o) => o.paragraph))}.{' '}
          <Link to={`/indicators/${indicator.meta.id}`} target="_top">
            Full data and sources
          </Link>
        </p>
      </article>
    </EmbedMain>
  );
}
