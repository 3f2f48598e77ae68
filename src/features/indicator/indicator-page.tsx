import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { describeError } from '../../data/describe-error';
import { isIndicatorId, isUnknownIndicator } from '../../data/indicator-id';
import { localiseIndicator } from '../../domain/localise';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { NotFound } from '../../ui/not-found';
import { useLocale } from '../../ui/use-locale';
import { IndicatorView } from './components/indicator-view';
import { indicatorQueryOptions } from './queries';
import { useDocumentTitle } from '../../ui/use-document-title';

export function IndicatorPage(): ReactElement {
  const { t } = useTranslation('indicator');
  const locale = useLocale();
  const { id = '' } = useParams();
  const validId = isIndicatorId(id);
  const query = useQuery({ ...indicatorQueryOptions(id), enabled: validId });
  const localised = useMemo(
    () => (query.data ? localiseIndicator(query.data, locale.language) : undefined),
    [query.data, locale.language],
  );
  const notFound = !validId || isUnknownIndicator(query.error, id);
  useDocumentTitle(notFound ? t('meta:notFound.name') : localised?.meta.title);
  if (notFound) {
    return <NotFound message={t('page.notFound', { id })} />;
  }
  if (query.isError) {
    return (
      <ErrorPanel
        title={t('page.errorTitle', { id })}
        {...describeError(query.error, locale)}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.isPending || localised === undefined) return <Loading label={t('page.loading')} />;
  return <IndicatorView indicator={localised} dataset={query.data} locale={locale} />;
}
