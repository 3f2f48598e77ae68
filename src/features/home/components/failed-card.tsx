import type { ReactElement } from 'react';
import { describeError } from '../../../data/describe-error';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import { ErrorPanel } from '../../../ui/error-panel';
import { useLocale } from '../../../ui/use-locale';

/** An indicator that could not be loaded: the error in the card's place, with a retry. */
export function FailedCard({
  entry,
  error,
  onRetry,
}: {
  entry: IndicatorEntry;
  error: unknown;
  onRetry: () => void;
}): ReactElement {
  const locale = useLocale();
  return (
    <article
      className="indicator-card indicator-card-failed"
      data-indicator={entry.id}
      aria-label={entry.title}
    >
      <ErrorPanel title={entry.title} {...describeError(error, locale)} onRetry={onRetry} />
    </article>
  );
}
