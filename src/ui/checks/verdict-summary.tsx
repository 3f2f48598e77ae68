import type { ReactElement } from 'react';
import { VERDICTS } from '../../domain/checks/check-spec';
import type { CheckResult } from '../../domain/checks/evaluate-check';
import { VerdictBadge } from './verdict-badge';

/** How many checks reached each verdict. */
export function VerdictSummary({ results }: { results: readonly CheckResult[] }): ReactElement {
  return (
    <ul className="verdict-summary" aria-label="Checks by verdict">
      {VERDICTS.map((verdict) => (
        <li key={verdict}>
          <VerdictBadge verdict={verdict} />:{' '}
          {results.filter((r) => r.outcome.verdict === verdict).length}
        </li>
      ))}
    </ul>
  );
}
