import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../data/describe-error';
import { citationKey } from '../../../domain/citation';
import { formatParagraphList, REPORT_RECEIVED } from '../../../domain/export/chart-image-text';
import { formatPartialDate } from '../../../domain/format/partial-date';
import type { Indicator } from '../../../domain/model';
import type { Locale } from '../../../domain/translate';
import { DatasetCitationFormats } from '../../../ui/dataset-citation';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import { useShareUrl } from '../../../ui/site-paths';
import { datasetCitationQueryOptions } from '../queries';

/**
 * How to cite the figures: the report and its paragraphs first (the figures are the
 * Government's, as the report states them), then this curated indicator, its version and
 * address, for a researcher who used our data.
 */
export function CiteSection({
  indicator,
  englishTitle,
  locale,
}: {
  indicator: Indicator;
  /** The indicator's title as the dataset holds it: the citations are in English. */
  englishTitle: string;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('indicator');
  const citation = useQuery(datasetCitationQueryOptions());
  const url = useShareUrl(`/indicators/${indicator.meta.id}`);
  const paragraphs = indicator.observations.map((observation) => observation.paragraph);
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t('cite.heading')}</h2>
      <p>{t('cite.reportIntro')}</p>
      <p className="citation">
        {t('cite.report', {
          received: formatPartialDate(REPORT_RECEIVED, locale),
          paragraphs: formatParagraphList(paragraphs, locale),
        })}
      </p>
      <p>{t('cite.datasetIntro')}</p>
      {citation.isPending && <Loading label={t('cite.loading')} />}
      {citation.isError && (
        <ErrorPanel
          title={t('cite.error')}
          {...describeError(citation.error, locale)}
          onRetry={() => void citation.refetch()}
        />
      )}
      {citation.data && (
        <DatasetCitationFormats
          citation={{
            ...citation.data,
            title: `${citation.data.title}: ${englishTitle}`,
            url,
          }}
          bibtexKey={citationKey(citation.data.title, indicator.meta.id, citation.data.version)}
        />
      )}
    </section>
  );
}
