import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../data/describe-error';
import { REPORT_SOURCE_ID } from '../../data/report-source';
import { localiseIndicatorMeta } from '../../domain/localise';
import { collectCitations } from '../../domain/report-citations';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { OriginalTextLabel } from '../../ui/original-text-label';
import { RegionBoundary } from '../../ui/region-boundary';
import { useLocale } from '../../ui/use-locale';
import { FigureStatus } from './components/figure-status';
import { ReportText } from './components/report-text';
import { ReportTitleBlock } from './components/report-title-block';
import { reportDocumentQueryOptions } from './queries';
import { useFigureSources } from './use-figure-sources';
import { useHashTarget } from './use-hash-target';
import { useScrollToHash } from './use-scroll-to-hash';
import { useDocumentTitle } from '../../ui/use-document-title';

/**
 * The report in full: every paragraph addressable, every figure used marked and linked. The
 * report is shown as received, in English, in every language; the page around it and the
 * indicators' titles are in the reader's.
 */
export function SourcePage(): ReactElement {
  const { t } = useTranslation('source');
  useDocumentTitle(t('meta:source.name'));
  const locale = useLocale();
  const { language } = locale;
  const report = useQuery(reportDocumentQueryOptions(REPORT_SOURCE_ID));
  const figures = useFigureSources();
  const { indicators } = figures;
  const citations = useMemo(() => collectCitations(REPORT_SOURCE_ID, indicators), [indicators]);
  const titles = useMemo(
    () =>
      new Map(indicators.map(({ meta }) => [meta.id, localiseIndicatorMeta(meta, language).title])),
    [indicators, language],
  );
  const targetId = useHashTarget();
  // Scroll once the figures are in too: their "Figures used in" lines would shift the text.
  useScrollToHash(report.isSuccess && !figures.pending);
  return (
    <article className="source-page">
      <header className="source-header">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('lead')}</p>
        <OriginalTextLabel />
        {report.data && <ReportTitleBlock report={report.data} />}
      </header>
      {report.isError && (
        <ErrorPanel
          title={t('regionTitle')}
          {...describeError(report.error, locale)}
          onRetry={() => void report.refetch()}
        />
      )}
      {report.isPending && <Loading label={t('loading')} />}
      {report.data && <FigureStatus figures={figures} />}
      {report.data && (
        <RegionBoundary title={t('regionTitle')}>
          <ReportText
            report={report.data}
            citations={citations}
            titles={titles}
            targetId={targetId}
          />
        </RegionBoundary>
      )}
    </article>
  );
}
