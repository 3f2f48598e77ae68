import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../data/describe-error';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import { useLocale } from '../../../ui/use-locale';
import { columnDocsQueryOptions } from '../queries';

/**
 * A table's columns as its Table Schema declares them. The schema documents the columns in
 * English, so its descriptions are marked as such; the table around them is translated.
 */
export function ColumnTable({
  schemaPath,
  caption,
}: {
  schemaPath: string;
  caption: string;
}): ReactElement {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const columns = useQuery(columnDocsQueryOptions(schemaPath));
  if (columns.isError) {
    return (
      <ErrorPanel
        title={t('columns.failed', { caption })}
        {...describeError(columns.error, locale)}
        onRetry={() => void columns.refetch()}
      />
    );
  }
  if (!columns.data) return <Loading label={t('columns.loading')} />;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('columns.caption', { caption })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.column')}</th>
            <th scope="col">{t('columns.type')}</th>
            <th scope="col">{t('columns.description')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.data.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
                {column.required ? '' : ` ${t('columns.optional')}`}
              </th>
              <td>
                <code>{column.type}</code>
              </td>
              <td>
                <span lang="en">{column.description ?? column.title ?? ''}</span>
                {column.allowed && (
                  <>
                    {' '}
                    {t('columns.oneOf', {
                      values: column.allowed
                        .map((value) => t('columns.value', { value }))
                        .join(t('common:listSeparator')),
                    })}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
