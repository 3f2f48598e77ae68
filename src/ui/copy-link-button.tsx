import { memo, useState, type ReactElement } from 'react';

/**
 * Copies the page's address, view included. Says what happened in a polite live region;
 * where the clipboard is not available (an insecure origin, an old browser), shows the link
 * to copy by hand.
 */
export const CopyLinkButton = memo(function CopyLinkButton(): ReactElement {
  const [message, setMessage] = useState('');
  const copy = async (): Promise<void> => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this link: ${link}`);
    }
  };
  return (
    <p className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link to this view
      </button>{' '}
      <span aria-live="polite">{message}</span>
    </p>
  );
});
