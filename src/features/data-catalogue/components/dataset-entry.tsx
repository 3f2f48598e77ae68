import { useQuery } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../data/describe-error';
import type { PackageResource } from '../../../data/validate-data-package';
import { formatBytes } from '../../../domain/format/bytes';
import { formatPeriod } from '../../../domain/format/period';
import { ErrorPanel } from '../../../ui/error-panel';
import { useLocale } from '../../../ui/use-locale';
import { indicatorQueryOptions, tableSummaryQueryOptions } from '../queries';
import { ColumnTable } from './column-table';
import { formatNumber } from '../../../domain/format/number';

const INDICATOR_CSV = /^indicators\/([a-z0-9][a-z0-9-]*)\.csv$/;

/** A table that could not be read: said where its rows would be, with a retry. */
function CoverageError({ error, onRetry }: { error: unknown; onRetry: () => void }): ReactElement {
  const { t } = useTranslation('data');
  const locale = useLocale();
  return (
    <>
      <dt>{t('dataset.rows')}</dt>
      <dd>
        <ErrorPanel
          title={t('dataset.rowsFailed')}
          {...describeError(error, locale)}
          onRetry={onRetry}
        />
      </dd>
    </>
  );
}

/** Rows and years of an indicator's CSV, from the same validated rows the charts use. */
function IndicatorCoverage({ id }: { id: string }): ReactElement | null {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const indicator = useQuery(indicatorQueryOptions(id));
  if (indicator.isError) {
    return <CoverageError error={indicator.error} onRetry={() => void indicator.refetch()} />;
  }
  const rows = indicator.data?.observations;
  if (!rows || rows.length === 0) return null;
  const start = Math.min(...rows.map((o) => o.period.start));
  const end = Math.max(...rows.map((o) => o.period.end));
  return (
    <>
      <dt>{t('dataset.rows')}</dt>
      <dd>{formatNumber(rows.length, locale.language, 0)}</dd>
      <dt>{t('dataset.period')}</dt>
      <dd>{formatPeriod({ start, end })}</dd>
    </>
  );
}

/** Rows and years of another published table (events, allowlist), counted from the file. */
function TableCoverage({ path }: { path: string }): ReactElement | null {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const summary = useQuery(tableSummaryQueryOptions(path));
  if (summary.isError) {
    return <CoverageError error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  if (!summary.data) return null;
  const { rows, years } = summary.data;
  return (
    <>
      <dt>{t('dataset.rows')}</dt>
      <dd>{formatNumber(rows, locale.language, 0)}</dd>
      {years && (
        <>
          <dt>{t('dataset.period')}</dt>
          <dd>{formatPeriod(years)}</dd>
        </>
      )}
    </>
  );
}

/**
 * A path that may wrap after each slash, so a long one ("indicators/disciplinary-sanctions.csv")
 * breaks between its folder and its name on a phone rather than running off the screen.
 */
function breakableAfterSlashes(path: string): ReactNode[] {
  return path
    .split('/')
    .flatMap((part, index) => (index === 0 ? [part] : ['/', <wbr key={index} />, part]));
}

/**
 * One file of the package: what it is, its size and checksum, its columns, a download. The
 * file's title and description come from the English data package descriptor.
 */
export function DatasetEntry({
  resource,
  href,
}: {
  resource: PackageResource;
  href: string;
}): ReactElement {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const indicatorId = INDICATOR_CSV.exec(resource.path)?.[1];
  const title = resource.title ?? resource.name;
  const headingId = `dataset-${resource.name}`;
  const sha256 = resource.hash?.startsWith('sha256:') ? resource.hash.slice(7) : undefined;
  return (
    <article className="dataset" aria-labelledby={headingId}>
      <h3 id={headingId} lang="en">
        {title}
      </h3>
      {resource.description && <p lang="en">{resource.description}</p>}
      <dl className="dataset-facts">
        <dt>{t('dataset.file')}</dt>
        <dd>
          <a href={href} download>
            <code>{breakableAfterSlashes(resource.path)}</code>
          </a>
          {resource.format && ` (${resource.format.toUpperCase()})`}
        </dd>
        {resource.bytes !== undefined && (
          <>
            <dt>{t('dataset.size')}</dt>
            <dd>{formatBytes(resource.bytes, locale)}</dd>
          </>
        )}
        {sha256 && (
          <>
            <dt>SHA-256</dt>
            <dd>
              <code className="hash">{sha256}</code>
            </dd>
          </>
        )}
        {indicatorId ? (
          <IndicatorCoverage id={indicatorId} />
        ) : (
          resource.path.endsWith('.csv') && <TableCoverage path={resource.path} />
        )}
      </dl>
      {resource.schema && (
        <details>
          <summary>{t('dataset.columns')}</summary>
          <ColumnTable schemaPath={resource.schema} caption={resource.path} />
        </details>
      )}
    </article>
  );
}
