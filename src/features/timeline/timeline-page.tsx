import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../data/describe-error';
import { localiseEvent } from '../../domain/localise';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useLocale } from '../../ui/use-locale';
import { TimelineView } from './components/timeline-view';
import { eventsQueryOptions } from './queries';
import { useDocumentTitle } from '../../ui/use-document-title';

export function TimelinePage(): ReactElement {
  const { t } = useTranslation('timeline');
  useDocumentTitle(t('meta:timeline.name'));
  const locale = useLocale();
  const { language } = locale;
  const query = useQuery(eventsQueryOptions());
  const events = useMemo(
    () => query.data?.map((event) => localiseEvent(event, language)),
    [query.data, language],
  );
  return (
    <div className="timeline-page">
      <section className="intro" aria-labelledby="timeline-heading">
        <h1 id="timeline-heading">{t('heading')}</h1>
        <p className="lead">
          <Trans t={t} i18nKey="lead" components={{ reportLink: <Link to="/source" /> }} />
        </p>
      </section>
      {query.isError && (
        <ErrorPanel
          title={t('regionTitle')}
          {...describeError(query.error, locale)}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isPending && <Loading label={t('loading')} />}
      {events && (
        <RegionBoundary title={t('regionTitle')}>
          <TimelineView events={events} />
        </RegionBoundary>
      )}
    </div>
  );
}
