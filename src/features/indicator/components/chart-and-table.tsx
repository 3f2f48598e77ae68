import { useDeferredValue, useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorChartRegion } from '../../../charts/indicator-chart-region';
import { SeriesSwatch } from '../../../charts/series-swatch';
import type { Indicator, Observation } from '../../../domain/model';
import type { Locale } from '../../../domain/translate';
import type { View } from '../../../domain/view-state';
import { CopyLinkButton } from '../../../ui/copy-link-button';
import { SeriesToggles } from '../../../ui/series-toggles';
import { Tabs } from '../../../ui/tabs';
import { useElementWidth } from '../../../ui/use-element-width';
import { DownloadMenu } from './download-menu';
import { EmbedCode } from './embed-code';
import { FullCsvLink } from './full-csv-link';
import { ObservationTable } from './observation-table';
import { useViewState } from '../use-view-state';

/**
 * The interactive part of an indicator page: series toggles, the chart/table tabs and the
 * downloads. It owns the view state, so a toggle or a tab switch re-renders only this part
 * of the page.
 */
export function ChartAndTable({
  indicator,
  dataset,
  charted,
  locale,
}: {
  /** The indicator in the reader's language. */
  indicator: Indicator;
  /** The same indicator as the dataset holds it (English), for the data downloads. */
  dataset: Indicator;
  charted: Observation[];
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('indicator');
  const { meta } = indicator;
  const [viewState, setViewState] = useViewState(meta.chart.series);
  const { view, series: visibleSeries } = viewState;
  const setView = (next: View): void => setViewState({ ...viewState, view: next });
  const setVisibleSeries = (next: string[]): void => setViewState({ ...viewState, series: next });
  // The checkbox answers at once; the (memoised) chart, table and downloads follow just
  // after, without holding up the next paint (Recharts' redraw and the table's rows are
  // the slow part on a slow phone).
  const settledSeries = useDeferredValue(visibleSeries);
  const [chartRef, width] = useElementWidth<HTMLDivElement>();
  const hidden = useMemo(
    () => new Set(meta.chart.series.filter((id) => !settledSeries.includes(id))),
    [meta.chart.series, settledSeries],
  );
  const tableRows = useMemo(
    () => indicator.observations.filter((o) => !hidden.has(o.series)),
    [indicator, hidden],
  );
  // The same rows as the dataset words them, for "CSV of the rows shown".
  const shownRows = useMemo(
    () => dataset.observations.filter((o) => !hidden.has(o.series)),
    [dataset, hidden],
  );
  const toggleOptions = useMemo(
    () =>
      meta.chart.series.map((id, index) => ({
        id,
        label: meta.series.find((s) => s.id === id)?.label ?? id,
        swatch: <SeriesSwatch chartType={meta.chart.type} index={index} />,
      })),
    [meta],
  );
  return (
    <>
      {meta.chart.series.length > 1 && (
        <SeriesToggles
          legend={t('view.seriesShown')}
          options={toggleOptions}
          visible={visibleSeries}
          onChange={setVisibleSeries}
        />
      )}
      <div ref={chartRef} className="chart-area">
        <Tabs
          label={t('view.chartOrTable')}
          selected={view}
          onSelect={setView}
          tabs={[
            {
              id: 'chart',
              label: t('view.chart'),
              // Its own boundary, so a chart that fails leaves the table, the toggles and
              // the downloads working; another choice of series clears the error.
              panel: (
                <IndicatorChartRegion
                  indicator={indicator}
                  charted={charted}
                  visibleSeries={settledSeries}
                  width={Math.max(width, 280)}
                  locale={locale}
                />
              ),
            },
            {
              id: 'table',
              label: t('view.table'),
              panel: <ObservationTable indicator={indicator} rows={tableRows} locale={locale} />,
            },
          ]}
        />
      </div>
      {/* Next to the table whose rows "CSV of the rows shown" saves. */}
      <DownloadMenu
        indicator={indicator}
        dataset={dataset}
        shownRows={shownRows}
        visibleSeries={settledSeries}
        locale={locale}
        chartArea={chartRef}
      />
      <FullCsvLink id={meta.id} />
      <CopyLinkButton />
      <EmbedCode id={meta.id} title={meta.title} />
    </>
  );
}
