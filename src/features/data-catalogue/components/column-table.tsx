import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describeError } from '../../../data/describe-error';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import { columnDocsQueryOptions } from '../queries';

/** A table's columns as its Table Schema declares them. */
export function ColumnTable({
  schemaPath,
  caption,
}: {
  schemaPath: string;
  caption: string;
}): ReactElement {
  const columns = useQuery(columnDocsQueryOptions(schemaPath));
  if (columns.isError) {
    return (
      <ErrorPanel
        title={`The columns of ${caption}`}
        {...describeError(columns.error)}
        onRetry={() => void columns.refetch()}
      />
    );
  }
  if (!columns.data) return <Loading label="Loading the columns…" />;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Columns of {caption}</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {columns.data.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
                {column.required ? '' : ' (optional)'}
              </th>
              <td>{column.type}</td>
              <td>
                {column.description ?? column.title ?? ''}
                {column.allowed && (
                  <> One of: {column.allowed.map((value) => `“${value}”`).join(', ')}.</>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
