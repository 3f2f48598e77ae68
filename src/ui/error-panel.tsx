import type { ReactElement } from 'react';

export interface ErrorPanelProps {
  /** What could not be shown, e.g. "Custody reviews". */
  title: string;
  /** The error's own message: file, row, column and what was expected. */
  message: string;
  /** Individual problems, when the error lists several. */
  details?: readonly string[];
  onRetry?: () => void;
}

/** Shown in place of the region that failed; the rest of the page keeps working. */
export function ErrorPanel({
  title,
  message,
  details = [],
  onRetry,
}: ErrorPanelProps): ReactElement {
  return (
    <div role="alert" className="error-panel">
      <p className="error-title">
        <strong>{title} could not be shown.</strong>
      </p>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="error-details">
          {details.slice(0, 20).map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
          {details.length > 20 && <li>… and {details.length - 20} more</li>}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
