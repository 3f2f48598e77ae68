import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../domain/checks/check-spec';
import type { CheckResult } from '../../domain/checks/evaluate-check';
import { useLocale } from '../use-locale';
import { VerdictBadge } from './verdict-badge';
import { formatNumber } from '../../domain/format/number';

/** How many checks reached each verdict. */
export function VerdictSummary({ results }: { results: readonly CheckResult[] }): ReactElement {
  const { t } = useTranslation('common');
  const { language } = useLocale();
  return (
    <ul className="verdict-summary" aria-label={t('verdict.summaryLabel')}>
      {VERDICTS.map((verdict) => (
        <li key={verdict}>
          <VerdictBadge verdict={verdict} />
          <span className="verdict-count">
            :{' '}
            {formatNumber(results.filter((r) => r.outcome.verdict === verdict).length, language, 0)}
          </span>
        </li>
      ))}
    </ul>
  );
}
