import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { IndicatorChart } from '../../charts/indicator-chart';
import { describeError } from '../../data/describe-error';
import { isIndicatorId } from '../../data/indicator-id';
import { isFetchError } from '../../data/issues';
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

/** The chart alone, for iframes: title, chart, source line and a link back to the full page. */
export function EmbedPage(): ReactElement {
  const { id = '' } = useParams();
  const validId = isIndicatorId(id);
  const query = useQuery({ ...indicatorQueryOptions(id), enabled: validId });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const hydrated = useHydrated();
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
  if (!validId || (isFetchError(query.error) && query.error.status === 404)) {
    return <p className="embed-missing">There is no indicator called “{id}”.</p>;
  }
  if (query.isError) {
    return (
      <ErrorPanel
        title={`The indicator “${id}”`}
        {...describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.isPending) return <Loading label="Loading the chart…" />;
  const indicator = query.data;
  const { charted } = splitChartedObservations(indicator);
  const paragraphs = [...new Set(charted.map((o) => o.paragraph))].sort((a, b) => a - b);
  return (
    <article className="embed" ref={ref}>
      <h1 className="embed-title">{indicator.meta.title}</h1>
      <IndicatorChart
        indicator={indicator}
        charted={charted}
        visibleSeries={visibleSeries}
        width={Math.max(width, 260)}
        locale={DEFAULT_LOCALE}
      />
      <p className="embed-source">
        Source: Information received from Kazakhstan on follow-up to the concluding observations of
        the Committee against Torture (2024), {paragraphs.length === 1 ? 'para.' : 'paras.'}{' '}
        {paragraphs.join(', ')}.{' '}
        <Link to={`/indicators/${indicator.meta.id}`} target="_top">
          Full data and sources
        </Link>
      </p>
    </article>
  );
}
