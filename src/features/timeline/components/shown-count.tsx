import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../ui/use-locale';
import { formatNumber } from '../../../domain/format/number';

/**
 * How many entries the filters leave, announced politely when it changes. A live region rather
 * than role="status", which marks a region still loading for the prerendering step.
 */
export function ShownCount({ shown, total }: { shown: number; total: number }): ReactElement {
  const { t } = useTranslation('timeline');
  const { language } = useLocale();
  return (
    <p className="timeline-count" aria-live="polite" aria-atomic="true">
      {t('shownCount', {
        count: total,
        shown: formatNumber(shown, language, 0),
        total: formatNumber(total, language, 0),
      })}
    </p>
  );
}
