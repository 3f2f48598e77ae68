import type { ReactElement } from 'react';
import { describeError } from '../../../data/describe-error';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import type { FigureSources } from '../use-figure-sources';

/**
 * Whether the indicators' figures could be marked in the text: loading, or which failed,
 * each with its own retry. The text itself does not wait for them.
 */
export function FigureStatus({ figures }: { figures: FigureSources }): ReactElement | null {
  const { catalogueError, failed, pending } = figures;
  if (!catalogueError && failed.length === 0 && !pending) return null;
  return (
    <div className="figure-status">
      {pending && <Loading label="Loading the figures the indicators use…" />}
      {catalogueError != null && (
        <ErrorPanel
          title="The list of indicators (so no figure is highlighted)"
          {...describeError(catalogueError)}
          onRetry={figures.retryCatalogue}
        />
      )}
      {failed.map(({ entry, error, retry }) => (
        <ErrorPanel
          key={entry.id}
          title={`The figures of “${entry.title}”`}
          {...describeError(error)}
          onRetry={retry}
        />
      ))}
    </div>
  );
}
