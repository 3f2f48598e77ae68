import { memo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useShareHref } from './site-paths';

/**
 * Copies the page's address, view included, with its language named ("/ru/indicators/x"), so
 * that the link opens in the language it was copied in. Says what happened in a polite live
 * region; where the clipboard is not available (an insecure origin, an old browser), shows
 * the link to copy by hand.
 */
export const CopyLinkButton = memo(function CopyLinkButton(): ReactElement {
  const { t } = useTranslation('common');
  const [message, setMessage] = useState('');
  const path = useShareHref(useLocation().pathname);
  const copy = async (): Promise<void> => {
    // The view is written into the address outside the router (history.replaceState), so
    // its query string and hash are read from the browser, at the moment of copying.
    const { origin, search, hash } = window.location;
    const link = new URL(`${path}${search}${hash}`, origin).href;
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t('copyLink.copied'));
    } catch {
      setMessage(t('copyLink.copyByHand', { link }));
    }
  };
  return (
    <p className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {t('copyLink.button')}
      </button>{' '}
      <span aria-live="polite">{message}</span>
    </p>
  );
});
