import type { ReactElement } from 'react';
import { describeError } from '../../../data/describe-error';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import { ErrorPanel } from '../../../ui/error-panel';

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
  return (
    <article
      className="indicator-card indicator-card-failed"
      data-indicator={entry.id}
      aria-label={entry.title}
    >
      <ErrorPanel title={entry.title} {...describeError(error)} onRetry={onRetry} />
    </article>
  );
}
