import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useHref } from 'react-router';
import { describeError } from '../../data/describe-error';
import { DEFAULT_LOCALE } from '../../domain/format/locale';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { useHydrated } from '../../ui/use-hydrated';
import { CitationSection } from './components/citation-section';
import { DatasetEntry } from './components/dataset-entry';
import { WholeSetDownloads } from './components/whole-set-downloads';
import { dataPackageQueryOptions } from './queries';

/**
 * Where the files of the data folder are published: under the router's base path, so the
 * links work when the site is hosted under a sub-path and in the build's prerendering.
 */
function useDataHref(): (path: string) => string {
  const root = useHref('/');
  return (path) => `${root.replace(/\/?$/, '/')}data/${path}`;
}

const GROUPS: { title: string; test: (path: string) => boolean }[] = [
  { title: 'Indicators (figures)', test: (path) => /^indicators\/.*\.csv$/.test(path) },
  {
    title: 'Measures, checks and coverage',
    test: (path) => /^(events|checks|coverage)/.test(path),
  },
  { title: 'Indicator metadata', test: (path) => /^indicators\/.*\.json$/.test(path) },
  { title: 'The report and the index', test: () => true },
];

/** The data catalogue: every file of the package with its size, checksum and columns. */
export function DataCataloguePage(): ReactElement {
  const pkg = useQuery(dataPackageQueryOptions());
  const dataHref = useDataHref();
  // The absolute address exists only in the browser; the prerendered page shows the path.
  const hydrated = useHydrated();
  const pageUrl = hydrated ? new URL(dataHref(''), window.location.href).href : dataHref('');
  const resources = pkg.data?.resources ?? [];
  const grouped = GROUPS.map((group, index) => ({
    title: group.title,
    resources: resources.filter(
      (r) => group.test(r.path) && !GROUPS.slice(0, index).some((g) => g.test(r.path)),
    ),
  })).filter((group) => group.resources.length > 0);
  return (
    <article className="data-catalogue">
      <h1>Data</h1>
      <p className="lead">
        Every file behind the dashboard, as a Frictionless data package: tidy CSV with documented
        columns, each figure with its paragraph and verbatim quote. Check a download against the
        SHA-256 listed here (for example with <code>sha256sum</code>).
      </p>
      {pkg.isError && (
        <ErrorPanel
          title="The data package"
          {...describeError(pkg.error)}
          onRetry={() => void pkg.refetch()}
        />
      )}
      {pkg.isPending && <Loading label="Loading the data package…" />}
      {pkg.data && (
        <RegionBoundary title="The downloads of the whole set">
          <WholeSetDownloads pkg={pkg.data} href={dataHref} />
        </RegionBoundary>
      )}
      {grouped.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h2>{group.title}</h2>
          {group.resources.map((resource) => (
            <RegionBoundary key={resource.path} title={`The entry for ${resource.path}`}>
              <DatasetEntry
                resource={resource}
                href={dataHref(resource.path)}
                locale={DEFAULT_LOCALE}
              />
            </RegionBoundary>
          ))}
        </section>
      ))}
      {pkg.data && (
        <RegionBoundary title="The citation">
          <CitationSection pkg={pkg.data} url={pageUrl} />
        </RegionBoundary>
      )}
    </article>
  );
}
