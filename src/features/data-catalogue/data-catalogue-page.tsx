import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { describeError } from '../../data/describe-error';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useDataHref, useShareUrl } from '../../ui/site-paths';
import { useLocale } from '../../ui/use-locale';
import { CitationSection } from './components/citation-section';
import { DatasetEntry } from './components/dataset-entry';
import { WholeSetDownloads } from './components/whole-set-downloads';
import { dataPackageQueryOptions } from './queries';
import { useDocumentTitle } from '../../ui/use-document-title';

/** The groups of files, by their key under data:groups, and which paths each takes. */
const GROUPS: { key: string; test: (path: string) => boolean }[] = [
  { key: 'indicators', test: (path) => /^indicators\/.*\.csv$/.test(path) },
  { key: 'measures', test: (path) => /^(events|checks|coverage)/.test(path) },
  { key: 'metadata', test: (path) => /^indicators\/.*\.json$/.test(path) },
  { key: 'report', test: () => true },
];

/** The data catalogue: every file of the package with its size, checksum and columns. */
export function DataCataloguePage(): ReactElement {
  const { t } = useTranslation('data');
  useDocumentTitle(t('meta:data.name'));
  const locale = useLocale();
  const pkg = useQuery(dataPackageQueryOptions());
  const dataHref = useDataHref();
  // The page's shareable address, its language named.
  const pageUrl = useShareUrl('/data');
  const resources = pkg.data?.resources ?? [];
  const grouped = GROUPS.map((group, index) => ({
    title: t(`groups.${group.key}`),
    resources: resources.filter(
      (r) => group.test(r.path) && !GROUPS.slice(0, index).some((g) => g.test(r.path)),
    ),
  })).filter((group) => group.resources.length > 0);
  return (
    <article className="data-catalogue">
      <h1>{t('heading')}</h1>
      <p className="lead">
        <Trans t={t} i18nKey="lead" components={{ code: <code /> }} />
      </p>
      {pkg.isError && (
        <ErrorPanel
          title={t('regionTitle')}
          {...describeError(pkg.error, locale)}
          onRetry={() => void pkg.refetch()}
        />
      )}
      {pkg.isPending && <Loading label={t('loading')} />}
      {pkg.data && (
        <RegionBoundary title={t('wholeSet.regionTitle')}>
          <WholeSetDownloads pkg={pkg.data} href={dataHref} />
        </RegionBoundary>
      )}
      {grouped.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h2>{group.title}</h2>
          {group.resources.map((resource) => (
            <RegionBoundary key={resource.path} title={t('entryTitle', { path: resource.path })}>
              <DatasetEntry resource={resource} href={dataHref(resource.path)} />
            </RegionBoundary>
          ))}
        </section>
      ))}
      {pkg.data && (
        <RegionBoundary title={t('citation.regionTitle')}>
          <CitationSection pkg={pkg.data} url={pageUrl} />
        </RegionBoundary>
      )}
    </article>
  );
}
