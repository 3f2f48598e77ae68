import type { ReactElement } from 'react';
import { formatShownCount } from '../../../domain/timeline';

/**
 * How many entries the filters leave, announced politely when it changes. A live region rather
 * than role="status", which marks a region still loading for the prerendering step.
 */
export function ShownCount({ shown, total }: { shown: number; total: number }): ReactElement {
  return (
    <p className="timeline-count" aria-live="polite" aria-atomic="true">
      {formatShownCount(shown, total)}
    </p>
  );
}
