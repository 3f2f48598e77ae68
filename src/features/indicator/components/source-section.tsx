import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../data/describe-error';
import { formatPartialDate } from '../../../domain/format/partial-date';
import type { Indicator } from '../../../domain/model';
import { REPORT_RECEIVED } from '../../../domain/export/chart-image-text';
import { highlightQuotes } from '../../../domain/report';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import { OriginalTextLabel } from '../../../ui/original-text-label';
import { reportParagraphPath } from '../../../ui/paragraph-link';
import { QuotedParagraph } from '../../../ui/quoted-paragraph';
import { useLocale } from '../../../ui/use-locale';
import { reportParagraphsQueryOptions } from '../queries';

/**
 * Each paragraph the indicator's figures come from, in full, with the quoted parts marked:
 * the report's own English text, so labelled as such for readers of a translation.
 */
export function SourceSection({ indicator }: { indicator: Indicator }): ReactElement {
  const { t } = useTranslation('indicator');
  const locale = useLocale();
  const sourceId = indicator.observations[0]?.source ?? '';
  const numbers = [...new Set(indicator.observations.map((o) => o.paragraph))].sort(
    (a, b) => a - b,
  );
  const report = useQuery({
    ...reportParagraphsQueryOptions(sourceId, numbers),
    enabled: sourceId !== '',
  });
  return (
    <section className="source-section" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('source.heading')}</h2>
      <p>{t('source.intro', { received: formatPartialDate(REPORT_RECEIVED, locale) })}</p>
      {report.isPending && <Loading label={t('source.loading')} />}
      {report.isError && (
        <ErrorPanel
          title={t('source.error')}
          {...describeError(report.error, locale)}
          onRetry={() => void report.refetch()}
        />
      )}
      {report.data &&
        numbers.map((number) => {
          const paragraph = report.data.find((p) => p.number === number);
          const quotes = indicator.observations
            .filter((o) => o.paragraph === number)
            .map((o) => o.quote);
          return paragraph ? (
            <div key={number} className="quoted-source">
              <OriginalTextLabel />
              <QuotedParagraph number={number} segments={highlightQuotes(paragraph.text, quotes)} />
              <p className="read-in-report">
                <Link
                  to={reportParagraphPath(number)}
                  aria-label={t('source.readInReportLabel', { number })}
                >
                  {t('source.readInReport')}
                </Link>
              </p>
            </div>
          ) : (
            <p key={number}>{t('source.missing', { number })}</p>
          );
        })}
    </section>
  );
}
