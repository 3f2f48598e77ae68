import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../domain/checks/check-spec';

// A symbol as well as a colour, so the verdict never rests on colour alone.
const SYMBOLS: Record<Verdict, string> = {
  consistent: '✓',
  approximately_consistent: '≈',
  inconsistent: '✗',
  cannot_verify: '?',
};

/** The verdict's key in common:verdict (camelCase, as the catalogues name keys). */
const KEYS: Record<Verdict, string> = {
  consistent: 'consistent',
  approximately_consistent: 'approximatelyConsistent',
  inconsistent: 'inconsistent',
  cannot_verify: 'cannotVerify',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <span className={`verdict verdict-${verdict.replace(/_/g, '-')}`}>
      <span aria-hidden="true">{SYMBOLS[verdict]}</span> {t(`verdict.${KEYS[verdict]}`)}
    </span>
  );
}
