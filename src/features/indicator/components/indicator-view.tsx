import { useDeferredValue, useState, type ReactElement } from 'react';
import { MarkerSwatch } from '../../../charts/marker';
import { seriesStyle } from '../../../charts/series-style';
import type { Indicator } from '../../../domain/model';
import { seriesObservations, splitChartedObservations } from '../../../domain/series';
import { computeTargetProgress } from '../../../domain/target-progress';
import { SeriesToggles } from '../../../ui/series-toggles';
import { Tabs } from '../../../ui/tabs';
import { useElementWidth } from '../../../ui/use-element-width';
import { FigureList } from './figure-list';
import { IndicatorChart } from '../../../charts/indicator-chart';
import { NotesSection } from './notes-section';
import { ObservationTable } from './observation-table';
import { SourceSection } from './source-section';
import { TargetProgressPanel } from './target-progress-panel';

type View = 'chart' | 'table';

export function IndicatorView({
  indicator,
  locale,
}: {
  indicator: Indicator;
  locale: string;
}): ReactElement {
  const { meta } = indicator;
  const [view, setView] = useState<View>('chart');
  const [visibleSeries, setVisibleSeries] = useState<string[]>(meta.chart.series);
  // The toggles and the table answer at once; the chart redraws just after, without
  // holding up the next paint (Recharts' redraw is the slow part on a slow phone).
  const chartSeries = useDeferredValue(visibleSeries);
  const [chartRef, width] = useElementWidth<HTMLDivElement>();
  const { charted, figures } = splitChartedObservations(indicator);
  const hidden = new Set(meta.chart.series.filter((id) => !visibleSeries.includes(id)));
  const tableRows = indicator.observations.filter((o) => !hidden.has(o.series));
  const targets = meta.series.flatMap((series) => {
    const progress = computeTargetProgress(
      seriesObservations(indicator.observations, series.id),
      series.desiredDirection,
    );
    return progress ? [{ series, progress }] : [];
  });
  const toggleOptions = meta.chart.series.map((id, index) => {
    const style = seriesStyle(index);
    return {
      id,
      label: meta.series.find((s) => s.id === id)?.label ?? id,
      swatch: <MarkerSwatch shape={style.marker} color={style.color} dash={style.dash} />,
    };
  });
  return (
    <article className="indicator">
      <header className="indicator-header">
        <h1>{meta.title}</h1>
        <p className="subtitle">{meta.subtitle}</p>
      </header>
      {meta.chart.series.length > 1 && (
        <SeriesToggles
          legend="Series shown"
          options={toggleOptions}
          visible={visibleSeries}
          onChange={setVisibleSeries}
        />
      )}
      <div ref={chartRef} className="chart-area">
        <Tabs
          label="Chart or table"
          selected={view}
          onSelect={setView}
          tabs={[
            {
              id: 'chart',
              label: 'Chart',
              panel: (
                <IndicatorChart
                  indicator={indicator}
                  charted={charted}
                  visibleSeries={chartSeries}
                  width={Math.max(width, 280)}
                  locale={locale}
                />
              ),
            },
            {
              id: 'table',
              label: 'Table',
              panel: <ObservationTable indicator={indicator} rows={tableRows} locale={locale} />,
            },
          ]}
        />
      </div>
      {targets.length > 0 && (
        <section aria-labelledby="targets-heading" className="targets">
          <h2 id="targets-heading">Progress toward the target</h2>
          {targets.map(({ series, progress }) => (
            <TargetProgressPanel
              key={series.id}
              series={series}
              progress={progress}
              locale={locale}
            />
          ))}
        </section>
      )}
      <FigureList indicator={indicator} figures={figures} locale={locale} />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About these figures</h2>
        <p>{meta.description}</p>
      </section>
      <NotesSection indicator={indicator} locale={locale} />
      <SourceSection indicator={indicator} />
    </article>
  );
}
