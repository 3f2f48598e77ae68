import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../data/describe-error';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import { useLocale } from '../../../ui/use-locale';
import type { FigureSources } from '../use-figure-sources';

/**
 * Whether the indicators' figures could be marked in the text: loading, or which failed,
 * each with its own retry. The text itself does not wait for them.
 */
export function FigureStatus({ figures }: { figures: FigureSources }): ReactElement | null {
  const { t } = useTranslation('source');
  const locale = useLocale();
  const { catalogueError, failed, pending } = figures;
  if (!catalogueError && failed.length === 0 && !pending) return null;
  return (
    <div className="figure-status">
      {pending && <Loading label={t('figures.loading')} />}
      {catalogueError != null && (
        <ErrorPanel
          title={t('figures.catalogueFailed')}
          {...describeError(catalogueError, locale)}
          onRetry={figures.retryCatalogue}
        />
      )}
      {failed.map(({ entry, error, retry }) => (
        <ErrorPanel
          key={entry.id}
          title={t('figures.indicatorFailed', { title: entry.title })}
          {...describeError(error, locale)}
          onRetry={retry}
        />
      ))}
    </div>
  );
}
