import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../domain/model';
import { seriesObservations, splitChartedObservations } from '../../../domain/series';
import { computeTargetProgress } from '../../../domain/target-progress';
import type { Locale } from '../../../domain/translate';
import { RegionBoundary } from '../../../ui/region-boundary';
import { ChartAndTable } from './chart-and-table';
import { CiteSection } from './cite-section';
import { FigureList } from './figure-list';
import { IndicatorChecks } from './indicator-checks';
import { NotesSection } from './notes-section';
import { PrintAddress } from './print-address';
import { SourceSection } from './source-section';
import { TargetProgressPanel } from './target-progress-panel';

export function IndicatorView({
  indicator,
  dataset,
  locale,
}: {
  /** The indicator with its texts in the reader's language, as the page shows it. */
  indicator: Indicator;
  /** The same indicator as the dataset holds it (English), for the data downloads. */
  dataset: Indicator;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('indicator');
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
      <RegionBoundary title={t('regions.chartAndTable')}>
        <ChartAndTable indicator={indicator} dataset={dataset} charted={charted} locale={locale} />
      </RegionBoundary>
      {targets.length > 0 && (
        <section aria-labelledby="targets-heading" className="targets">
          <h2 id="targets-heading">{t('targets.heading')}</h2>
          <RegionBoundary title={t('regions.targets')}>
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
      <RegionBoundary title={t('regions.figures')}>
        <FigureList indicator={indicator} figures={figures} locale={locale} />
      </RegionBoundary>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('about.heading')}</h2>
        <p>{meta.description}</p>
      </section>
      <RegionBoundary title={t('regions.checks')}>
        <IndicatorChecks indicatorId={meta.id} locale={locale} />
      </RegionBoundary>
      <RegionBoundary title={t('regions.notes')}>
        <NotesSection indicator={indicator} locale={locale} />
      </RegionBoundary>
      <RegionBoundary title={t('regions.source')}>
        <SourceSection indicator={indicator} />
      </RegionBoundary>
      <RegionBoundary title={t('regions.cite')}>
        <CiteSection indicator={indicator} englishTitle={dataset.meta.title} locale={locale} />
      </RegionBoundary>
    </article>
  );
}
