import type { ReactElement } from 'react';
import type { Verdict } from '../../domain/checks/check-spec';
import { VERDICT_LABELS } from '../../domain/format/check';

// A symbol as well as a colour, so the verdict never rests on colour alone.
const SYMBOLS: Record<Verdict, string> = {
  consistent: '✓',
  approximately_consistent: '≈',
  inconsistent: '✗',
  cannot_verify: '?',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }): ReactElement {
  return (
    <span className={`verdict verdict-${verdict.replace(/_/g, '-')}`}>
      <span aria-hidden="true">{SYMBOLS[verdict]}</span> {VERDICT_LABELS[verdict]}
    </span>
  );
}
