import { useMemo, type ReactElement } from 'react';
import type { Indicator } from '../../../domain/model';
import { seriesObservations, splitChartedObservations } from '../../../domain/series';
import { computeTargetProgress } from '../../../domain/target-progress';
import { RegionBoundary } from '../../../ui/region-boundary';
import { ChartAndTable } from './chart-and-table';
import { FigureList } from './figure-list';
import { IndicatorChecks } from './indicator-checks';
import { NotesSection } from './notes-section';
import { PrintAddress } from './print-address';
import { SourceSection } from './source-section';
import { TargetProgressPanel } from './target-progress-panel';

export function IndicatorView({
  indicator,
  locale,
}: {
  indicator: Indicator;
  locale: string;
}): ReactElement {
  const { meta } = indicator;
  const { charted, figures } = useMemo(() => splitChartedObservations(indicator), [indicator]);
  const targets = meta.series.flatMap((series) => {
    const progress = computeTargetProgress(
      seriesObservations(indicator.observations, series.id),
      series.desiredDirection,
    );
    return progress ? [{ series, progress }] : [];
  });
  return (
    <article className="indicator">
      <header className="indicator-header">
        <h1>{meta.title}</h1>
        <p className="subtitle">{meta.subtitle}</p>
        <PrintAddress id={meta.id} />
      </header>
      {/* Each region has its own boundary: a region that throws shows its error in place. */}
      <RegionBoundary title="The chart and table">
        <ChartAndTable indicator={indicator} charted={charted} locale={locale} />
      </RegionBoundary>
      {targets.length > 0 && (
        <section aria-labelledby="targets-heading" className="targets">
          <h2 id="targets-heading">Progress toward the target</h2>
          <RegionBoundary title="The progress toward the target">
            {targets.map(({ series, progress }) => (
              <TargetProgressPanel
                key={series.id}
                series={series}
                progress={progress}
                locale={locale}
              />
            ))}
          </RegionBoundary>
        </section>
      )}
      <RegionBoundary title="The other figures">
        <FigureList indicator={indicator} figures={figures} locale={locale} />
      </RegionBoundary>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About these figures</h2>
        <p>{meta.description}</p>
      </section>
      <RegionBoundary title="The checks on these figures">
        <IndicatorChecks indicatorId={meta.id} locale={locale} />
      </RegionBoundary>
      <RegionBoundary title="The notes">
        <NotesSection indicator={indicator} locale={locale} />
      </RegionBoundary>
      <RegionBoundary title="The source paragraphs">
        <SourceSection indicator={indicator} />
      </RegionBoundary>
    </article>
  );
}
