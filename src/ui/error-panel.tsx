import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from './use-locale';
import { formatNumber } from '../domain/format/number';

export interface ErrorPanelProps {
  /** What could not be shown, e.g. "Custody reviews". */
  title: string;
  /** The error's own message: file, row, column and what was expected. */
  message: string;
  /** Individual problems, when the error lists several. */
  details?: readonly string[];
  onRetry?: () => void;
}

const MAX_DETAILS = 20;

/** Shown in place of the region that failed; the rest of the page keeps working. */
export function ErrorPanel({
  title,
  message,
  details = [],
  onRetry,
}: ErrorPanelProps): ReactElement {
  const { t } = useTranslation('common');
  const { language } = useLocale();
  const more = details.length - MAX_DETAILS;
  return (
    <div role="alert" className="error-panel">
      <p className="error-title">
        <strong>{t('errorPanel.title', { title })}</strong>
      </p>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="error-details">
          {details.slice(0, MAX_DETAILS).map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
          {more > 0 && (
            <li>
              {t('errorPanel.more', {
                count: more,
                number: formatNumber(more, language, 0),
              })}
            </li>
          )}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errorPanel.retry')}
        </button>
      )}
    </div>
  );
}
